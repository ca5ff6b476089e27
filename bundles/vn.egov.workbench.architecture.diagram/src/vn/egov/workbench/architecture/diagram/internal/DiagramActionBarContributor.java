package vn.egov.workbench.architecture.diagram.internal;

import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/** Plugs the active diagram editor's Undo, Redo, Delete and Select All into the workbench's Edit menu. */
public class DiagramActionBarContributor extends EditorActionBarContributor {

    private static final String[] GLOBAL = { ActionFactory.UNDO.getId(), ActionFactory.REDO.getId(),
            ActionFactory.DELETE.getId(), ActionFactory.SELECT_ALL.getId() };

    @Override
    public void setActiveEditor(IEditorPart editor) {
        IActionBars bars = getActionBars();
        ActionRegistry registry = editor == null ? null : editor.getAdapter(ActionRegistry.class);
        for (String id : GLOBAL) {
            bars.setGlobalActionHandler(id, registry == null ? null : registry.getAction(id));
        }
        bars.updateActionBars();
    }
}
