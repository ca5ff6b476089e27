package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.PropertySheetPage;

import vn.egov.workbench.architecture.editor.ModelEditor;

/**
 * The Properties view's page for a model editor: rows grouped by category (general, the kind's attributes,
 * relationships, key-value properties); every change is a command on the model's stack, and Undo/Redo in the
 * Properties view undo on that stack too.
 */
public class ModelPropertySheetPage extends PropertySheetPage {

    private final ModelEditor editor;

    public ModelPropertySheetPage(ModelEditor editor) {
        this.editor = editor;
        setPropertySourceProvider(object -> ModelPropertySource.of(object, editor.getDocument()));
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        if (editor.getActions() != null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.getActions().undo);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.getActions().redo);
        }
    }
}
