package vn.egov.workbench.architecture.diagram;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.Diagram;

/** Opening diagrams: what the model tree calls on a double-click on a diagram. */
public final class DiagramEditors {

    private DiagramEditors() {
    }

    /**
     * Opens {@code diagram} (of a model open in {@code ModelDocuments.getDefault()}) in a diagram editor, or brings
     * its editor to the front.
     *
     * @throws PartInitException if the diagram's model is not open
     */
    public static DiagramEditor open(IWorkbenchPage page, Diagram diagram) throws PartInitException {
        IEditorPart part = page.openEditor(new DiagramEditorInput(diagram), DiagramEditor.ID);
        if (part instanceof DiagramEditor editor) {
            return editor;
        }
        throw new PartInitException(String.valueOf(part)); // the workbench showed an error editor instead
    }

    /** The open diagram editors of a model on a page; the active one first. */
    public static List<DiagramEditor> editorsOf(IWorkbenchPage page, ModelDocument document) {
        List<DiagramEditor> result = new ArrayList<>();
        if (page.getActiveEditor() instanceof DiagramEditor active && active.getDocument() == document) {
            result.add(active);
        }
        for (IEditorReference ref : page.getEditorReferences()) {
            if (ref.getEditor(false) instanceof DiagramEditor editor && editor.getDocument() == document
                    && !result.contains(editor)) {
                result.add(editor);
            }
        }
        return result;
    }
}
