package vn.egov.workbench.architecture.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationEvent;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.ICellModifier;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.TreePath;
import org.eclipse.jface.viewers.TreeSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.EditorPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import vn.egov.workbench.architecture.editing.IElementRevealer;
import vn.egov.workbench.architecture.editing.IModelDocumentListener;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.persistence.ModelLoadException;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.editor.internal.EditorActions;
import vn.egov.workbench.architecture.editor.internal.Messages;
import vn.egov.workbench.architecture.editor.internal.ModelTabbedPropertySheetPage;
import vn.egov.workbench.architecture.editor.internal.ModelTreeContentProvider;
import vn.egov.workbench.architecture.editor.internal.ModelTreeLabelProvider;
import vn.egov.workbench.architecture.editor.internal.NewChildMenu;
import vn.egov.workbench.architecture.editor.internal.RecentFiles;
import vn.egov.workbench.architecture.editor.internal.TreeColumnFit;
import vn.egov.workbench.architecture.editor.internal.TreeDropAdapter;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramComponent;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * The model editor of {@code .egov} files: a lazy tree of the model grouped by domain and kind, with a filter box,
 * New, rename, delete, copy, paste and drag-and-drop, all as commands on the model's one command stack (shared with
 * the Properties view and the diagram editors). Open it with {@link #open(IWorkbenchPage, ModelDocument)}.
 */
public class ModelEditor extends EditorPart implements IEditingDomainProvider, IModelDocumentListener {

    public static final String ID = "vn.egov.workbench.architecture.editor.modelEditor"; //$NON-NLS-1$
    public static final String BUNDLE_ID = "vn.egov.workbench.architecture.editor"; //$NON-NLS-1$
    /** The tree's context menu id: other bundles add to it with {@code popup:<id>?after=additions}. */
    public static final String TREE_MENU_ID = ID + ".tree"; //$NON-NLS-1$
    /**
     * The command double-clicking a diagram in the tree runs (the diagram editor's bundle handles it; the diagram
     * is the current selection). Nothing happens when no bundle defines it.
     */
    public static final String OPEN_DIAGRAM_COMMAND = "vn.egov.workbench.architecture.diagram.open"; //$NON-NLS-1$

    private ModelDocument document;
    private TreeViewer viewer;
    private Text filter;
    private ModelTreeContentProvider content;
    private ModelTreeLabelProvider labels;
    private EditorActions actions;
    private TreeDropAdapter dropAdapter;
    private TreeColumnFit columnFit;
    /** One runnable, so that each keystroke postpones the pending filter instead of adding another. */
    private final Runnable filterLater = this::applyFilter;
    private String appliedFilter = ""; //$NON-NLS-1$
    /** The tree nodes that showed a problem marker after the last validation. */
    private final Set<Object> marked = new HashSet<>();

    /** Opens (or brings to the front) the editor of {@code document}. */
    public static ModelEditor open(IWorkbenchPage page, ModelDocument document) throws PartInitException {
        return (ModelEditor) page.openEditor(new ModelEditorInput(document), ID);
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        ModelDocument d = input.getAdapter(ModelDocument.class);
        if (d == null && input instanceof ModelEditorInput closed && closed.getFile() != null) {
            // an input kept by the editor history after its model was closed: open the file again
            try {
                d = ModelDocuments.getDefault().open(closed.getFile());
            } catch (ModelLoadException e) {
                throw new PartInitException(e.getMessage(), e);
            }
            input = new ModelEditorInput(d);
        }
        if (d == null || d.isClosed()) {
            throw new PartInitException(NLS.bind(Messages.Editor_badInput, input.getName()));
        }
        document = d;
        setSite(site);
        setInputWithNotify(input);
        setPartName(document.getName());
        setTitleToolTip(input.getToolTipText());
        ModelDocuments.getDefault().addListener(this);
        if (document.getFile() != null) {
            RecentFiles.add(document.getFile());
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        layout.verticalSpacing = 2;
        area.setLayout(layout);
        filter = new Text(area, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.Editor_filter);
        filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // typing is debounced: each keystroke would otherwise walk a large model
        filter.addModifyListener(e -> filter.getDisplay().timerExec(250, filterLater));

        viewer = new TreeViewer(area, SWT.VIRTUAL | SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setUseHashlookup(true);
        columnFit = TreeColumnFit.install(viewer.getTree());
        content = new ModelTreeContentProvider(document.getAdapterFactory());
        labels = new ModelTreeLabelProvider(document, content);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(labels);
        viewer.setInput(document);
        viewer.setExpandedState(document.getModel(), true);
        getSite().setSelectionProvider(viewer);

        actions = new EditorActions(this);
        viewer.addSelectionChangedListener(e -> actions.updateSelectionActions());
        viewer.addDoubleClickListener(e -> doubleClick(((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement()));
        createRenameEditor();
        createContextMenu();
        createDragAndDrop();
    }

    private void doubleClick(Object element) {
        if (element instanceof Diagram) {
            try {
                getSite().getService(IHandlerService.class).executeCommand(OPEN_DIAGRAM_COMMAND, null);
            } catch (NotDefinedException | NotHandledException | NotEnabledException | ExecutionException e) {
                // no diagram editor installed: the tree shows the diagram, the Properties view its attributes
            }
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    private void createRenameEditor() {
        viewer.setColumnProperties(new String[] { "name" }); //$NON-NLS-1$
        viewer.setCellEditors(new CellEditor[] { new TextCellEditor(viewer.getTree()) });
        viewer.setCellModifier(new ICellModifier() {
            @Override
            public boolean canModify(Object element, String property) {
                return element instanceof NamedElement;
            }

            @Override
            public Object getValue(Object element, String property) {
                String name = ((NamedElement) element).getName();
                return name == null ? "" : name; //$NON-NLS-1$
            }

            @Override
            public void modify(Object item, String property, Object value) {
                Object element = item instanceof Item i ? i.getData() : item;
                setName((NamedElement) element, (String) value);
            }
        });
        // only F2, "Rename" and a new element start editing; a click selects
        TreeViewerEditor.create(viewer, new ColumnViewerEditorActivationStrategy(viewer) {
            @Override
            protected boolean isEditorActivationEvent(ColumnViewerEditorActivationEvent event) {
                return event.eventType == ColumnViewerEditorActivationEvent.PROGRAMMATIC;
            }
        }, ColumnViewerEditor.DEFAULT);
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F2 && e.stateMask == 0) {
                actions.rename.run();
            }
        });
    }

    /** Renames through a SetCommand, so the rename can be undone; an unchanged name executes nothing. */
    public void setName(NamedElement element, String name) {
        String trimmed = name == null ? "" : name.strip(); //$NON-NLS-1$
        if (!trimmed.isEmpty() && !trimmed.equals(element.getName())) {
            EditingDomain domain = document.getEditingDomain();
            domain.getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(domain, element,
                    ArchitecturePackage.Literals.NAMED_ELEMENT__NAME, trimmed));
        }
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager("#popup", TREE_MENU_ID); //$NON-NLS-1$
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(TREE_MENU_ID, menu, viewer);
    }

    private void fillContextMenu(IMenuManager menu) {
        Object selected = viewer.getStructuredSelection().getFirstElement();
        if (selected != null && viewer.getStructuredSelection().size() == 1) {
            NewChildMenu.fill(menu, this, selected);
        }
        menu.add(new Separator("edit")); //$NON-NLS-1$
        menu.add(actions.undo);
        menu.add(actions.redo);
        menu.add(new Separator());
        menu.add(actions.copy);
        menu.add(actions.paste);
        menu.add(actions.delete);
        menu.add(actions.rename);
        menu.add(new Separator());
        menu.add(actions.validate);
        menu.add(new Separator("additions")); //$NON-NLS-1$
    }

    private void createDragAndDrop() {
        Transfer[] transfers = { LocalSelectionTransfer.getTransfer() };
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
            }

            @Override
            public void dragSetData(DragSourceEvent event) {
                event.data = viewer.getSelection();
            }
        });
        dropAdapter = new TreeDropAdapter(viewer, document);
        viewer.addDropSupport(DND.DROP_MOVE, transfers, dropAdapter);
    }

    private void applyFilter() {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        String text = filter.getText();
        if (text.equals(appliedFilter)) {
            return;
        }
        appliedFilter = text;
        List<?> selected = viewer.getStructuredSelection().toList();
        int matches = content.setFilter(text);
        viewer.getTree().setRedraw(false);
        try {
            // the tree is rebuilt rather than refreshed: a refresh visits every row of every expanded item, and GTK
            // removes the rows of a shrinking virtual item one by one; the selection is restored below instead
            viewer.getTree().deselectAll();
            viewer.setInput(document);
            viewer.setExpandedState(document.getModel(), true);
            if (content.isFiltered() && matches <= 200) {
                expandMatches();
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
        List<Object> stillShown = new ArrayList<>();
        for (Object o : selected) {
            if (!(o instanceof EObject e) || content.isVisible(e)) {
                stillShown.add(o);
            }
        }
        if (!stillShown.isEmpty()) {
            select(stillShown);
        }
        columnFit.fitLater();
    }

    /** Expands the tree down to every shown object: with a filter only matches and their containers are shown. */
    private void expandMatches() {
        List<Object> pending = new ArrayList<>(content.children(document));
        while (!pending.isEmpty()) {
            Object node = pending.remove(pending.size() - 1);
            List<Object> children = content.children(node);
            if (!children.isEmpty()) {
                viewer.setExpandedState(node, true);
                pending.addAll(children);
            }
        }
    }

    /** Sets the filter text now (tests and "clear filter" use it; typing applies it after a short pause). */
    public void setFilter(String text) {
        filter.setText(text);
        applyFilter();
    }

    /** Selects and shows objects, clearing a filter that hides them. */
    public void select(Collection<?> objects) {
        List<TreePath> paths = new ArrayList<>();
        for (Object o : objects) {
            Object shown = shownFor(o);
            if (shown instanceof EObject e) {
                content.makeVisible(e);
            }
            if (shown != null) {
                paths.add(pathOf(shown));
            }
        }
        for (TreePath path : paths) {
            for (int i = 0; i < path.getSegmentCount() - 1; i++) {
                viewer.setExpandedState(path.getSegment(i), true);
            }
        }
        viewer.setSelection(new TreeSelection(paths.toArray(TreePath[]::new)), true);
    }

    private TreePath pathOf(Object element) {
        List<Object> segments = new ArrayList<>();
        for (Object o = element; o != null && o != document; o = content.getParent(o)) {
            segments.add(0, o);
        }
        return new TreePath(segments.toArray());
    }

    /** The tree node that stands for {@code object}: a diagram for its shapes, a holder for its properties. */
    private Object shownFor(Object object) {
        Object o = object;
        while (o instanceof EObject e && (e instanceof Property || e instanceof DiagramComponent)) {
            o = e.eContainer();
        }
        return o;
    }

    /** Starts inline editing of a name (F2). */
    public void rename(EObject element) {
        viewer.editElement(element, 0);
    }

    /** Starts renaming once the tree has shown a newly created object. */
    public void renameLater(EObject element) {
        viewer.getControl().getDisplay().asyncExec(() -> {
            if (!viewer.getControl().isDisposed() && element.eContainer() != null) {
                rename(element);
            }
        });
    }

    /** Validates the model; the Problems view and the tree's markers show the result. */
    public void validate() {
        document.validate();
        vn.egov.workbench.architecture.editor.internal.ProblemsView.show(getSite().getPage());
    }

    /** The image object of the item provider of {@code object} (for menu icons). */
    public Object labelImageOf(Object object) {
        IItemLabelProvider p = (IItemLabelProvider) document.getAdapterFactory().adapt(object, IItemLabelProvider.class);
        return p == null ? null : p.getImage(object);
    }

    @Override
    public void documentChanged(ModelDocument changed, Change change) {
        if (changed != document || viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        switch (change) {
            case DIRTY -> firePropertyChange(PROP_DIRTY);
            case SAVED -> {
                setPartName(document.getName());
                setTitleToolTip(getEditorInput().getToolTipText());
                firePropertyChange(PROP_INPUT);
            }
            case PROBLEMS -> updateProblemMarkers();
            case CLOSED -> viewer.getControl().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
            default -> {
                // OPENED concerns other documents
            }
        }
    }

    /**
     * Updates the labels of the objects marked before or now: a refresh of the whole tree would ask GTK to measure
     * every row again (and shows cramped rows until they get their data back).
     */
    private void updateProblemMarkers() {
        Set<Object> changed = new HashSet<>(marked);
        marked.clear();
        for (Problem p : document.getProblems().all()) {
            if (p.element() != null) {
                marked.add(shownFor(p.element()));
            }
        }
        changed.addAll(marked);
        viewer.update(changed.toArray(), null);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document.getFile() == null) {
            doSaveAs();
            return;
        }
        try {
            document.save();
            RecentFiles.add(document.getFile());
            document.validate();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Save_failedTitle, e.getMessage());
            if (monitor != null) {
                monitor.setCanceled(true);
            }
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.egov" }); //$NON-NLS-1$
        dialog.setFilterNames(new String[] { Messages.File_filterName });
        dialog.setOverwrite(true);
        dialog.setFileName(document.getFile() == null ? document.getName().replaceAll("[\\\\/:*?\"<>|]", "_") + ".egov" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                : document.getFile().getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            saveAs(Path.of(chosen.endsWith(".egov") ? chosen : chosen + ".egov")); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Saves the model into {@code file}, which becomes the editor's file; reports a failure to the user. */
    public boolean saveAs(Path file) {
        try {
            document.saveAs(file);
            RecentFiles.add(document.getFile());
            document.validate();
            return true;
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Save_failedTitle, e.getMessage());
            return false;
        }
    }

    @Override
    public boolean isDirty() {
        return document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    public ModelDocument getDocument() {
        return document;
    }

    public TreeViewer getTreeViewer() {
        return viewer;
    }

    public ModelTreeContentProvider getContentProvider() {
        return content;
    }

    public EditorActions getActions() {
        return actions;
    }

    public TreeDropAdapter getDropAdapter() {
        return dropAdapter;
    }

    @Override
    public EditingDomain getEditingDomain() {
        return document.getEditingDomain();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            return adapter.cast(new ModelTabbedPropertySheetPage(this));
        }
        if (adapter == IElementRevealer.class) {
            return adapter.cast((IElementRevealer) this::reveal);
        }
        if (adapter == ModelDocument.class) {
            return adapter.cast(document);
        }
        if (adapter == EditingDomain.class) {
            return adapter.cast(document.getEditingDomain());
        }
        return super.getAdapter(adapter);
    }

    private boolean reveal(EObject object) {
        if (ModelDocuments.getDefault().documentFor(object) != document || viewer.getControl().isDisposed()) {
            return false;
        }
        select(List.of(object));
        return true;
    }

    @Override
    public void dispose() {
        ModelDocuments.getDefault().removeListener(this);
        if (Display.getCurrent() != null) {
            Display.getCurrent().timerExec(-1, filterLater); // a pending filter would keep the model
        }
        if (actions != null) {
            actions.dispose();
        }
        super.dispose();
        closeDocumentIfUnused(getSite().getPage(), document, this);
    }

    /**
     * Closes {@code document} (dropping unsaved changes, which the save prompt has offered to keep) when no editor
     * of the page but {@code closing} still edits it; diagram editors call it too when they close.
     */
    public static void closeDocumentIfUnused(IWorkbenchPage page, ModelDocument document, IEditorPart closing) {
        if (document == null || document.isClosed()) {
            return;
        }
        if (page != null) {
            for (IEditorReference ref : page.getEditorReferences()) {
                IEditorPart part = ref.getEditor(false);
                if (part != null && part != closing && part.getAdapter(ModelDocument.class) == document) {
                    return;
                }
                try {
                    if (part == null && ref.getEditorInput().getAdapter(ModelDocument.class) == document) {
                        return;
                    }
                } catch (PartInitException e) {
                    // an editor that cannot restore its input does not hold the document
                }
            }
        }
        document.close();
    }
}
