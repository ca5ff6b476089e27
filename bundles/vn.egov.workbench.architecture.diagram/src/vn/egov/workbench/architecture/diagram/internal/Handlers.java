package vn.egov.workbench.architecture.diagram.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.diagram.DiagramEditors;
import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;

/** The command handlers of plugin.xml: they work on any selection of model objects (the tree's or a diagram's). */
public final class Handlers {

    private Handlers() {
    }

    static List<EObject> selectedObjects(ISelection selection) {
        List<EObject> result = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                EObject e = o instanceof EObject eo ? eo : o instanceof IAdaptable a ? a.getAdapter(EObject.class) : null;
                if (e != null) {
                    result.add(e);
                }
            }
        }
        return result;
    }

    /** "Add to diagram": the selected elements go to the model's active diagram editor, or its first diagram. */
    public static final class AddToDiagram extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            Map<ModelDocument, List<Element>> byModel = new LinkedHashMap<>();
            for (EObject o : selectedObjects(HandlerUtil.getCurrentSelection(event))) {
                ModelDocument document = ModelDocuments.getDefault().documentFor(o);
                if (o instanceof Element e && document != null) {
                    byModel.computeIfAbsent(document, k -> new ArrayList<>()).add(e);
                }
            }
            if (byModel.isEmpty()) {
                MessageDialog.openInformation(window.getShell(), Messages.AddToDiagram_title,
                        Messages.AddToDiagram_nothing);
                return null;
            }
            for (Map.Entry<ModelDocument, List<Element>> entry : byModel.entrySet()) {
                DiagramEditor editor = targetEditor(window.getActivePage(), entry.getKey());
                if (editor != null) {
                    editor.addElements(entry.getValue());
                }
            }
            return null;
        }

        private static DiagramEditor targetEditor(IWorkbenchPage page, ModelDocument document)
                throws ExecutionException {
            List<DiagramEditor> open = DiagramEditors.editorsOf(page, document);
            if (!open.isEmpty()) {
                return open.get(0);
            }
            for (TreeIterator<EObject> it = document.getModel().eAllContents(); it.hasNext();) {
                if (it.next() instanceof Diagram diagram) {
                    try {
                        return DiagramEditors.open(page, diagram);
                    } catch (PartInitException e) {
                        throw new ExecutionException(e.getMessage(), e);
                    }
                }
            }
            MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), Messages.AddToDiagram_title,
                    NLS.bind(Messages.AddToDiagram_noDiagram, document.getName()));
            return null;
        }
    }

    /** "Open diagram": the selected diagrams open in diagram editors (the model tree runs it on double-click). */
    public static final class OpenDiagram extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
            for (EObject o : selectedObjects(HandlerUtil.getCurrentSelection(event))) {
                if (o instanceof Diagram diagram) {
                    try {
                        DiagramEditors.open(page, diagram);
                    } catch (PartInitException e) {
                        throw new ExecutionException(e.getMessage(), e);
                    }
                }
            }
            return null;
        }
    }

    /** "New diagram from model": a generated overall diagram of the selected object's model, opened at once. */
    public static final class NewDiagramFromModel extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            ModelDocument document = null;
            for (EObject o : selectedObjects(HandlerUtil.getCurrentSelection(event))) {
                document = ModelDocuments.getDefault().documentFor(o);
                if (document != null) {
                    break;
                }
            }
            IWorkbenchPart part = HandlerUtil.getActivePart(event);
            if (document == null && part != null && part.getAdapter(ModelDocument.class) instanceof ModelDocument d) {
                document = d;
            }
            if (document == null) {
                return null;
            }
            try {
                DiagramEditors.open(HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage(),
                        createGenerated(document));
            } catch (PartInitException e) {
                throw new ExecutionException(e.getMessage(), e);
            }
            return null;
        }
    }

    /** Adds a generated diagram of the whole model to its diagrams folder, as one undoable command. */
    public static Diagram createGenerated(ModelDocument document) {
        Diagram diagram = DiagramLayouts.generate(document.getModel(), Messages.NewDiagram_name);
        Folder folder = DiagramCommands.folder(document.getModel(), FolderType.DIAGRAMS);
        if (folder == null) {
            folder = DiagramCommands.folderFor(document.getModel(), Literals.DIAGRAM);
        }
        AddCommand add = new AddCommand(document.getEditingDomain(), folder, Literals.FOLDER__ITEMS, diagram);
        add.setLabel(Messages.Cmd_newDiagram);
        document.getCommandStack().execute(add);
        return diagram;
    }

    /** File › Export as PNG or SVG for the active diagram editor. */
    public static final class Export extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            if (HandlerUtil.getActiveEditor(event) instanceof DiagramEditor editor) {
                editor.exportWithDialog(event.getCommand().getId().endsWith("Svg") ? "svg" : "png"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return null;
        }
    }
}
