package vn.egov.workbench.architecture.diagram;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.SelectionAction;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite.FlyoutPreferences;
import org.eclipse.draw2d.PositionConstants;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;

import vn.egov.workbench.architecture.diagram.internal.DiagramLayouts;
import vn.egov.workbench.architecture.diagram.internal.Messages;
import vn.egov.workbench.architecture.diagram.internal.ModelSelectionProvider;
import vn.egov.workbench.architecture.diagram.internal.PaletteFactory;
import vn.egov.workbench.architecture.diagram.internal.PartFinder;
import vn.egov.workbench.architecture.diagram.internal.StackActions;
import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.commands.SharedCommandStack;
import vn.egov.workbench.architecture.diagram.internal.export.DiagramExport;
import vn.egov.workbench.architecture.diagram.internal.parts.DiagramContext;
import vn.egov.workbench.architecture.diagram.internal.parts.NodePart;
import vn.egov.workbench.architecture.diagram.internal.parts.PartFactory;
import vn.egov.workbench.architecture.editing.IElementRevealer;
import vn.egov.workbench.architecture.editing.IModelDocumentListener;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.rules.RelationshipRules;

/**
 * The GEF diagram editor of one diagram of an open model. Every edit is an EMF command on the model's shared command
 * stack (see {@link SharedCommandStack}), so Undo and Redo, the dirty state and saving are the model's. Its
 * selection is the model objects the selected figures show; it selects the figures of what other parts select.
 */
public class DiagramEditor extends GraphicalEditorWithFlyoutPalette implements IModelDocumentListener {

    public static final String ID = "vn.egov.workbench.architecture.diagram.editor"; //$NON-NLS-1$
    public static final String EXPORT_PNG = ID + ".exportPng"; //$NON-NLS-1$
    public static final String EXPORT_SVG = ID + ".exportSvg"; //$NON-NLS-1$
    public static final String ZOOM_FIT = ID + ".zoomFit"; //$NON-NLS-1$

    private ModelDocument document;
    private Diagram diagram;
    private DiagramContext context;
    private PaletteRoot palette;
    private ModelSelectionProvider selectionProvider;
    private boolean closing;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput diagramInput)) {
            throw new PartInitException(NLS.bind(Messages.Editor_openFailed, input));
        }
        diagram = diagramInput.getDiagram();
        document = ModelDocuments.getDefault().documentFor(diagram);
        if (document == null || diagram.eResource() == null) {
            throw new PartInitException(NLS.bind(Messages.Editor_openFailed, diagramInput.getName()));
        }
        context = new DiagramContext(document, diagram, RelationshipRules.getDefault());
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(new SharedCommandStack(document.getCommandStack()));
        setEditDomain(domain);
        super.init(site, input);
        setPartName(diagramInput.getName());
        ModelDocuments.getDefault().addListener(this);
    }

    public ModelDocument getDocument() {
        return document;
    }

    public Diagram getDiagram() {
        return diagram;
    }

    public GraphicalViewer getViewer() {
        return getGraphicalViewer();
    }

    public ZoomManager getZoomManager() {
        return ((ScalableFreeformRootEditPart) getGraphicalViewer().getRootEditPart()).getZoomManager();
    }

    /** The last refusal shown (e.g. a connection the rules forbid), or {@code null}. */
    public String getLastRefusal() {
        return context.lastFeedback();
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = PaletteFactory.create(context.kinds());
        }
        return palette;
    }

    /** The palette starts pinned open on the right; what the user changes holds for the session. */
    private static final FlyoutPreferences PALETTE = new FlyoutPreferences() {
        private int location = PositionConstants.EAST;
        private int state = FlyoutPaletteComposite.STATE_PINNED_OPEN;
        private int width = 190;

        @Override
        public int getDockLocation() {
            return location;
        }

        @Override
        public int getPaletteState() {
            return state;
        }

        @Override
        public int getPaletteWidth() {
            return width;
        }

        @Override
        public void setDockLocation(int newLocation) {
            location = newLocation;
        }

        @Override
        public void setPaletteState(int newState) {
            state = newState;
        }

        @Override
        public void setPaletteWidth(int newWidth) {
            width = newWidth;
        }
    };

    @Override
    protected FlyoutPreferences getPalettePreferences() {
        return PALETTE;
    }

    @Override
    protected void createActions() {
        super.createActions();
        ActionRegistry registry = getActionRegistry();
        registry.registerAction(new StackActions.Undo(this));
        registry.registerAction(new StackActions.Redo(this));
        registry.getAction(ActionFactory.DELETE.getId()).setText(Messages.Cmd_delete);
        DirectEditAction rename = new DirectEditAction((IWorkbenchPart) this);
        rename.setText(Messages.DirectEdit);
        registry.registerAction(rename);
        getSelectionActions().add(rename.getId());
        registry.registerAction(action(EXPORT_PNG, Messages.Export_png, () -> exportWithDialog("png"))); //$NON-NLS-1$
        registry.registerAction(action(EXPORT_SVG, Messages.Export_svg, () -> exportWithDialog("svg"))); //$NON-NLS-1$
        registry.registerAction(action(ZOOM_FIT, Messages.Zoom_fit, this::zoomToFit));
    }

    private static IAction action(String id, String text, Runnable run) {
        Action action = new Action(text) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(id);
        return action;
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new PartFactory());
        viewer.setProperty(DiagramContext.KEY, context);
        context.setFeedback(this::showRefusal);

        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(new double[] { 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0 });
        zoom.setZoomLevelContributions(List.of(ZoomManager.FIT_ALL, ZoomManager.FIT_WIDTH, ZoomManager.FIT_HEIGHT));
        ActionRegistry registry = getActionRegistry();
        IAction zoomIn = new ZoomInAction(zoom);
        zoomIn.setText(Messages.Zoom_in);
        IAction zoomOut = new ZoomOutAction(zoom);
        zoomOut.setText(Messages.Zoom_out);
        registry.registerAction(zoomIn);
        registry.registerAction(zoomOut);
        // GEF binds Ctrl+= and Ctrl+- to these command ids; the editor's handlers make the keys work
        IHandlerService handlers = getSite().getService(IHandlerService.class);
        handlers.activateHandler(zoomIn.getActionDefinitionId(), new ActionHandler(zoomIn));
        handlers.activateHandler(zoomOut.getActionDefinitionId(), new ActionHandler(zoomOut));

        KeyHandler keys = new GraphicalViewerKeyHandler(viewer);
        keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(ActionFactory.DELETE.getId()));
        viewer.setKeyHandler(keys);
        viewer.setContextMenu(new ContextMenuProvider(viewer) {
            @Override
            public void buildContextMenu(IMenuManager menu) {
                GEFActionConstants.addStandardActionGroups(menu);
                menu.appendToGroup(GEFActionConstants.GROUP_UNDO, registry.getAction(ActionFactory.UNDO.getId()));
                menu.appendToGroup(GEFActionConstants.GROUP_UNDO, registry.getAction(ActionFactory.REDO.getId()));
                menu.appendToGroup(GEFActionConstants.GROUP_EDIT, registry.getAction(GEFActionConstants.DIRECT_EDIT));
                menu.appendToGroup(GEFActionConstants.GROUP_EDIT, registry.getAction(ActionFactory.DELETE.getId()));
                menu.appendToGroup(GEFActionConstants.GROUP_VIEW, registry.getAction(GEFActionConstants.ZOOM_IN));
                menu.appendToGroup(GEFActionConstants.GROUP_VIEW, registry.getAction(GEFActionConstants.ZOOM_OUT));
                menu.appendToGroup(GEFActionConstants.GROUP_VIEW, registry.getAction(ZOOM_FIT));
                menu.appendToGroup(GEFActionConstants.GROUP_SAVE, registry.getAction(EXPORT_PNG));
                menu.appendToGroup(GEFActionConstants.GROUP_SAVE, registry.getAction(EXPORT_SVG));
            }
        });
    }

    @Override
    protected void hookGraphicalViewer() {
        getSelectionSynchronizer().addViewer(getGraphicalViewer());
        selectionProvider = new ModelSelectionProvider(getGraphicalViewer());
        getSite().setSelectionProvider(selectionProvider);
    }

    @Override
    protected void initializeGraphicalViewer() {
        super.initializeGraphicalViewer();
        getGraphicalViewer().setContents(diagram);
        // GEF's selection actions read the edit parts, not the model objects this editor publishes
        for (Object id : getSelectionActions()) {
            if (getActionRegistry().getAction(id) instanceof SelectionAction action) {
                action.setSelectionProvider(getGraphicalViewer());
            }
        }
    }

    private void showRefusal(String message) {
        IStatusLineManager status = getEditorSite().getActionBars().getStatusLineManager();
        status.setErrorMessage(message);
        if (getGraphicalViewer() != null && getGraphicalViewer().getControl() != null) {
            getGraphicalViewer().getControl().setToolTipText(message);
        }
    }

    // ------------------------------------------------------------------------------------------ saving

    @Override
    public boolean isDirty() {
        return document != null && document.isDirty();
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (document.getFile() == null) {
            doSaveAs();
            return;
        }
        try {
            document.save();
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveFailed, document.getName(), e.getMessage()));
        }
    }

    @Override
    public void doSaveAs() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.egov" }); //$NON-NLS-1$
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path == null) {
            return;
        }
        try {
            document.saveAs(Path.of(path));
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Editor_saveFailedTitle,
                    NLS.bind(Messages.Editor_saveFailed, path, e.getMessage()));
        }
    }

    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event);
        if (diagram.eResource() == null) {
            closeSoon(); // the diagram was deleted from the model (e.g. in the tree)
        }
    }

    @Override
    public void documentChanged(ModelDocument changed, Change change) {
        if (changed != document) {
            return;
        }
        switch (change) {
            case DIRTY, SAVED -> firePropertyChange(PROP_DIRTY);
            case PROBLEMS -> refreshMarkers();
            case CLOSED -> closeSoon();
            default -> {
                // OPENED concerns other models
            }
        }
    }

    private void refreshMarkers() {
        if (getGraphicalViewer() == null) {
            return;
        }
        for (Object part : getGraphicalViewer().getEditPartRegistry().values()) {
            if (part instanceof NodePart node) {
                node.refreshVisuals();
            }
        }
    }

    private void closeSoon() {
        if (!closing) {
            closing = true;
            getSite().getShell().getDisplay().asyncExec(() -> getSite().getPage().closeEditor(this, false));
        }
    }

    // ------------------------------------------------------------------------------------------ selection

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        super.selectionChanged(part, selection);
        if (part != this && selection instanceof IStructuredSelection structured && !structured.isEmpty()
                && getGraphicalViewer() != null) {
            showSelection(structured.toList(), false);
        }
    }

    /** Selects the figures of the model objects of this editor's model among {@code objects}. */
    private boolean showSelection(List<?> objects, boolean reveal) {
        List<EditPart> parts = new ArrayList<>();
        boolean ours = false;
        for (Object o : objects) {
            EObject object = o instanceof EObject e ? e
                    : o instanceof IAdaptable a ? a.getAdapter(EObject.class) : null;
            if (object != null && EcoreUtil.getRootContainer(object) == document.getModel()) {
                ours = true;
                parts.addAll(PartFinder.partsShowing(getGraphicalViewer(), object));
            }
        }
        if (!ours) {
            return false;
        }
        getGraphicalViewer().setSelection(new StructuredSelection(parts));
        if (!parts.isEmpty()) {
            getGraphicalViewer().reveal(parts.get(0));
        }
        return !parts.isEmpty() || reveal && objects.contains(diagram);
    }

    private final IElementRevealer revealer = object -> {
        boolean shown = object == diagram || showSelection(List.of(object), true);
        if (shown) {
            getSite().getPage().bringToTop(this);
        }
        return shown;
    };

    // ------------------------------------------------------------------------------------------ commands

    /** Adds nodes for those of the elements this diagram does not show yet, with their relationships; undoable. */
    public List<DiagramNode> addElements(Collection<? extends Element> elements) {
        DiagramLayouts.Addition addition = DiagramLayouts.add(diagram, document.getModel(), elements);
        if (!addition.nodes().isEmpty()) {
            document.getCommandStack().execute(DiagramCommands.addToDiagram(document.getEditingDomain(), diagram,
                    diagram, addition.nodes(), addition.connections()));
        }
        showSelection(new ArrayList<>(elements), true);
        return addition.nodes();
    }

    public void zoomToFit() {
        getZoomManager().setZoomAsText(ZoomManager.FIT_ALL);
    }

    /** Writes the diagram as PNG or SVG, by the file's extension. */
    public void export(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")) { //$NON-NLS-1$
            DiagramExport.writeSvg(getGraphicalViewer(), file);
        } else {
            DiagramExport.writePng(getGraphicalViewer(), file);
        }
    }

    /** Asks where to export and exports; {@code format} is "png" or "svg". */
    public void exportWithDialog(String format) {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*." + format }); //$NON-NLS-1$
        dialog.setFileName(getPartName().replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        dialog.setOverwrite(true);
        String path = dialog.open();
        if (path == null) {
            return;
        }
        try {
            export(Path.of(path));
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Export_failedTitle,
                    NLS.bind(Messages.Export_failed, path, e.getMessage()));
        }
    }

    // ------------------------------------------------------------------------------------------ adapters

    @Override
    @SuppressWarnings("rawtypes") //$NON-NLS-1$
    public Object getAdapter(Class type) {
        if (type == IElementRevealer.class) {
            return revealer;
        }
        if (type == ModelDocument.class) {
            return document;
        }
        if (type == Diagram.class) {
            return diagram;
        }
        if (type == ZoomManager.class && getGraphicalViewer() != null) {
            return getZoomManager();
        }
        if (type == GraphicalViewer.class) {
            return getGraphicalViewer();
        }
        return super.getAdapter(type);
    }

    @Override
    public void dispose() {
        ModelDocuments.getDefault().removeListener(this);
        if (selectionProvider != null) {
            selectionProvider.dispose();
        }
        super.dispose();
        getCommandStack().dispose();
        context.dispose();
        // the model stays open while the tree or another diagram still edits it
        ModelEditor.closeDocumentIfUnused(getSite().getPage(), document, this);
    }
}
