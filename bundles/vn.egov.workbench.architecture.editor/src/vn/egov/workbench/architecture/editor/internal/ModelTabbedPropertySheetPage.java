package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.views.properties.tabbed.ITabbedPropertySheetPageContributor;
import org.eclipse.ui.views.properties.tabbed.TabbedPropertySheetPage;

import vn.egov.workbench.architecture.editor.ModelEditor;

/**
 * The Properties view's page for a model editor: one tab per group of rows ({@link PropertyTab}, declared in
 * plugin.xml with {@link TabSection}s); every change is a command on the model's stack, and Undo/Redo in the
 * Properties view undo on that stack too.
 */
public class ModelTabbedPropertySheetPage extends TabbedPropertySheetPage {

    /** The contributor id of plugin.xml's propertyContributor, propertyTabs and propertySections. */
    public static final String CONTRIBUTOR_ID = ModelEditor.ID;

    /** The tabs' ids in plugin.xml: this prefix and the lower-case {@link PropertyTab} name. */
    public static final String TAB_ID_PREFIX = "vn.egov.workbench.architecture.editor.tab."; //$NON-NLS-1$

    private final ModelEditor editor;

    public ModelTabbedPropertySheetPage(ModelEditor editor) {
        super((ITabbedPropertySheetPageContributor) () -> CONTRIBUTOR_ID);
        this.editor = editor;
    }

    @Override
    public void setActionBars(IActionBars bars) {
        super.setActionBars(bars);
        if (editor.getActions() != null) {
            bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), editor.getActions().undo);
            bars.setGlobalActionHandler(ActionFactory.REDO.getId(), editor.getActions().redo);
        }
    }

    /** Shows the tab of {@code tab} (when the selection has it) and returns its section, or null. */
    public TabSection showTab(PropertyTab tab) {
        setSelectedTab(TAB_ID_PREFIX + tab.name().toLowerCase(java.util.Locale.ROOT));
        if (getCurrentTab() == null) {
            return null;
        }
        for (var section : getCurrentTab().getSections()) {
            if (section instanceof TabSection s && s.getTab() == tab) {
                return s;
            }
        }
        return null;
    }
}
