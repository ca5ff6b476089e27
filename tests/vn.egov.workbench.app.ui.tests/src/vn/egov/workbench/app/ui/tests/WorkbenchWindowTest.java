package vn.egov.workbench.app.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.app.WorkbenchIds;
import vn.egov.workbench.app.internal.Messages;

/**
 * The real workbench of the product (Tycho's UI harness runs our application), in Vietnamese
 * (-Dosgi.nl=vi in the pom): window, perspectives and menus as a user meets them.
 */
class WorkbenchWindowTest {

    private IWorkbenchWindow window;
    private Shell shell;

    @BeforeEach
    void setUp() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "no workbench window");
        shell = window.getShell();
    }

    @Test
    void theWindowIsTitledInVietnamese() {
        assertEquals("vi", java.util.Locale.getDefault().getLanguage());
        assertEquals("Bàn làm việc Chính quyền điện tử", shell.getText());
        assertTrue(shell.isVisible());
        assertTrue(shell.getImages().length >= 1, "window icons from the product's windowImages");
    }

    @Test
    void bothPerspectivesOpenWithTheirViews() {
        IWorkbenchPage page = window.getActivePage();
        showPerspective(WorkbenchIds.INSPECTION_PERSPECTIVE);
        assertEquals(WorkbenchIds.INSPECTION_PERSPECTIVE, page.getPerspective().getId());
        assertEquals("Thanh tra", page.getPerspective().getLabel());
        assertNotNull(page.findView(WorkbenchIds.ROUNDS_VIEW), "rounds view in the Inspection perspective");
        assertNotNull(page.findView(WorkbenchIds.CASES_VIEW), "cases view in the Inspection perspective");

        showPerspective(WorkbenchIds.ARCHITECTURE_PERSPECTIVE);
        assertEquals(WorkbenchIds.ARCHITECTURE_PERSPECTIVE, page.getPerspective().getId());
        assertEquals("Kiến trúc", page.getPerspective().getLabel());
        assertNotNull(page.findView(WorkbenchIds.MODEL_TREE_VIEW), "model tree in the Architecture perspective");
        assertNotNull(page.findView(IPageLayout.ID_PROP_SHEET), "properties in the Architecture perspective");
        assertTrue(page.getOpenPerspectives().length >= 2, "the switcher offers both perspectives");
    }

    @Test
    void resetPerspectiveBringsBackAClosedView() {
        IWorkbenchPage page = window.getActivePage();
        showPerspective(WorkbenchIds.ARCHITECTURE_PERSPECTIVE);
        page.hideView(page.findView(WorkbenchIds.MODEL_TREE_VIEW));
        assertEquals(null, page.findView(WorkbenchIds.MODEL_TREE_VIEW));
        page.resetPerspective();
        assertNotNull(page.findView(WorkbenchIds.MODEL_TREE_VIEW));
    }

    @Test
    void theMenuBarHasTheStandardMenusInVietnamese() {
        List<String> titles = Arrays.stream(shell.getMenuBar().getItems()).map(i -> plain(i.getText())).toList();
        assertEquals(List.of("Tệp", "Sửa", "Cửa sổ", "Trợ giúp"), titles);
    }

    @Test
    void editOffersTheGlobalActionsAndNothingToUndo() {
        Menu edit = open("Sửa");
        for (String label : List.of(Messages.Edit_undo, Messages.Edit_redo, Messages.Edit_cut, Messages.Edit_copy,
                Messages.Edit_paste, Messages.Edit_delete, Messages.Edit_selectAll)) {
            assertNotNull(item(edit, plain(label)), "Edit menu lacks " + plain(label));
        }
        assertFalse(item(edit, plain(Messages.Edit_undo)).isEnabled(), "Undo enabled with nothing to undo");
        assertFalse(item(edit, plain(Messages.Edit_redo)).isEnabled(), "Redo enabled with nothing to redo");
        assertEquals("Hoàn tác", plain(Messages.Edit_undo));
    }

    @Test
    void fileWindowAndHelpHaveTheirEntries() {
        assertNotNull(item(open("Tệp"), plain(Messages.File_quit)));
        assertNotNull(item(open("Tệp"), plain(Messages.File_save)));
        Menu windowMenu = open("Cửa sổ");
        assertNotNull(item(windowMenu, plain(Messages.Window_openPerspective)));
        assertNotNull(item(windowMenu, plain(Messages.Window_resetPerspective)));
        assertNotNull(item(windowMenu, plain(Messages.Window_preferences)));
        assertNotNull(item(open("Trợ giúp"), plain(Messages.Help_about)));
    }

    private void showPerspective(String id) {
        window.getActivePage().setPerspective(
                PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
        UiTesting.runEvents();
    }

    /** A top-level menu, filled as GTK fills it when the user opens it. */
    private Menu open(String title) {
        MenuItem top = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> plain(i.getText()).equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no menu " + title));
        Menu menu = top.getMenu();
        menu.notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
        UiTesting.runEvents();
        menu.notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
        return menu;
    }

    private static MenuItem item(Menu menu, String label) {
        return Arrays.stream(menu.getItems()).filter(i -> plain(i.getText()).equals(label)).findFirst().orElse(null);
    }

    /** Menu text without mnemonic and accelerator. */
    static String plain(String text) {
        int tab = text.indexOf('\t');
        return (tab >= 0 ? text.substring(0, tab) : text).replace("&", "").trim();
    }

    static Display display() {
        return PlatformUI.getWorkbench().getDisplay();
    }
}
