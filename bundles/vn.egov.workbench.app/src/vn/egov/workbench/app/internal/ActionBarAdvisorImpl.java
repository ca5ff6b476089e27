package vn.egov.workbench.app.internal;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.ICoolBarManager;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.action.ToolBarContributionItem;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.swt.SWT;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/**
 * The standard menus. Edit actions are global retarget actions: editors and views plug their own
 * handlers in (an EMF command stack, a GEF editor), so Undo and Redo stay disabled until one does.
 * Platform actions come with English labels only, so each gets our externalised label.
 */
public class ActionBarAdvisorImpl extends ActionBarAdvisor {

    private IWorkbenchAction save, saveAs, saveAll, close, closeAll, quit;
    private IWorkbenchAction undo, redo, cut, copy, paste, delete, selectAll;
    private IWorkbenchAction resetPerspective, preferences;
    private AboutAction about;
    private IWorkbenchWindow window;

    public ActionBarAdvisorImpl(IActionBarConfigurer configurer) {
        super(configurer);
    }

    @Override
    protected void makeActions(IWorkbenchWindow w) {
        this.window = w;
        save = make(ActionFactory.SAVE, Messages.File_save);
        saveAs = make(ActionFactory.SAVE_AS, Messages.File_saveAs);
        saveAll = make(ActionFactory.SAVE_ALL, Messages.File_saveAll);
        close = make(ActionFactory.CLOSE, Messages.File_close);
        closeAll = make(ActionFactory.CLOSE_ALL, Messages.File_closeAll);
        quit = make(ActionFactory.QUIT, Messages.File_quit);
        undo = make(ActionFactory.UNDO, Messages.Edit_undo);
        redo = make(ActionFactory.REDO, Messages.Edit_redo);
        cut = make(ActionFactory.CUT, Messages.Edit_cut);
        copy = make(ActionFactory.COPY, Messages.Edit_copy);
        paste = make(ActionFactory.PASTE, Messages.Edit_paste);
        delete = make(ActionFactory.DELETE, Messages.Edit_delete);
        selectAll = make(ActionFactory.SELECT_ALL, Messages.Edit_selectAll);
        make(ActionFactory.OPEN_PERSPECTIVE_DIALOG, Messages.Window_otherPerspective); // registered for its key binding
        resetPerspective = make(ActionFactory.RESET_PERSPECTIVE, Messages.Window_resetPerspective);
        preferences = make(ActionFactory.PREFERENCES, Messages.Window_preferences);
        about = new AboutAction(w);
        register(about);
    }

    private IWorkbenchAction make(ActionFactory factory, String label) {
        IWorkbenchAction action = factory.create(window);
        action.setText(label);
        action.setToolTipText(label.replace("&", "")); //$NON-NLS-1$ //$NON-NLS-2$
        register(action);
        return action;
    }

    @Override
    protected void fillMenuBar(IMenuManager menuBar) {
        menuBar.add(fileMenu());
        menuBar.add(editMenu());
        menuBar.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        menuBar.add(windowMenu());
        menuBar.add(helpMenu());
    }

    private MenuManager fileMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_START));
        menu.add(new GroupMarker(IWorkbenchActionConstants.NEW_EXT));
        menu.add(new GroupMarker(IWorkbenchActionConstants.OPEN_EXT));
        menu.add(new Separator());
        menu.add(close);
        menu.add(closeAll);
        menu.add(new Separator(IWorkbenchActionConstants.SAVE_GROUP));
        menu.add(save);
        menu.add(saveAs);
        menu.add(saveAll);
        menu.add(new Separator(IWorkbenchActionConstants.IMPORT_EXT));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator(IWorkbenchActionConstants.MRU));
        menu.add(new Separator());
        menu.add(quit);
        menu.add(new GroupMarker(IWorkbenchActionConstants.FILE_END));
        return menu;
    }

    private MenuManager editMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_START));
        menu.add(undo);
        menu.add(redo);
        menu.add(new GroupMarker(IWorkbenchActionConstants.UNDO_EXT));
        menu.add(new Separator());
        menu.add(cut);
        menu.add(copy);
        menu.add(paste);
        menu.add(new GroupMarker(IWorkbenchActionConstants.CUT_EXT));
        menu.add(new Separator());
        menu.add(delete);
        menu.add(selectAll);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.EDIT_END));
        return menu;
    }

    private MenuManager windowMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
        MenuManager perspectives = new MenuManager(Messages.Window_openPerspective, "openPerspective"); //$NON-NLS-1$
        perspectives.add(ContributionItemFactory.PERSPECTIVES_SHORTLIST.create(window));
        menu.add(perspectives);
        MenuManager views = new MenuManager(Messages.Window_showView, "showView"); //$NON-NLS-1$
        views.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
        menu.add(views);
        menu.add(resetPerspective);
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new Separator());
        menu.add(preferences);
        return menu;
    }

    private MenuManager helpMenu() {
        MenuManager menu = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_START));
        menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
        menu.add(new GroupMarker(IWorkbenchActionConstants.HELP_END));
        menu.add(new Separator());
        menu.add(about);
        return menu;
    }

    @Override
    protected void fillCoolBar(ICoolBarManager coolBar) {
        IToolBarManager toolBar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
        toolBar.add(save);
        toolBar.add(new Separator());
        toolBar.add(undo);
        toolBar.add(redo);
        coolBar.add(new ToolBarContributionItem(toolBar, "main")); //$NON-NLS-1$
    }
}
