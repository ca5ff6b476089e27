package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

import vn.egov.workbench.architecture.editor.ModelEditor;

/**
 * Plugs the active model editor's actions into the workbench's global Edit actions (menu, tool bar, Ctrl+Z, Ctrl+Y,
 * Delete, Ctrl+C, Ctrl+V, F2).
 */
public class ModelEditorActionBarContributor extends EditorActionBarContributor {

    @Override
    public void setActiveEditor(IEditorPart part) {
        IActionBars bars = getActionBars();
        if (part instanceof ModelEditor editor && editor.getActions() != null) {
            EditorActions a = editor.getActions();
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), a.undo);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), a.redo);
            bars.setGlobalActionHandler(ActionFactory.DELETE.getId(), a.delete);
            bars.setGlobalActionHandler(ActionFactory.COPY.getId(), a.copy);
            bars.setGlobalActionHandler(ActionFactory.PASTE.getId(), a.paste);
            bars.setGlobalActionHandler(ActionFactory.RENAME.getId(), a.rename);
        } else {
            bars.clearGlobalActionHandlers();
        }
        bars.updateActionBars();
    }
}
