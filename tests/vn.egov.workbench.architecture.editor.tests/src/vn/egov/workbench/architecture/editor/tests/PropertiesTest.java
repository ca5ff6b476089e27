package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.eclipse.ui.views.properties.tabbed.ITabDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.editor.internal.ModelTabbedPropertySheetPage;
import vn.egov.workbench.architecture.editor.internal.PropertyTab;
import vn.egov.workbench.architecture.editor.internal.TabSection;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.OrganisationUnit;

/**
 * Edits through the tabbed Properties view's tabs and entries, as the user's cell editors do, and undoes back to the
 * file with the view's Undo.
 */
class PropertiesTest {

    @TempDir
    Path dir;
    private ModelEditor editor;
    private Architecture model;

    @BeforeEach
    void open() throws Exception {
        editor = EditorTesting.openKonTum(dir);
        model = editor.getDocument().getModel();
    }

    @AfterEach
    void close() {
        EditorTesting.closeAll();
    }

    private PropertySheet view;

    /** Selects {@code selected} in the tree and shows {@code tab} of the tabbed Properties view; returns its table. */
    private Tree tab(Object selected, PropertyTab tab) throws Exception {
        view = (PropertySheet) EditorTesting.page().showView(IPageLayout.ID_PROP_SHEET);
        EditorTesting.page().activate(editor);
        editor.select(List.of(selected));
        EditorTesting.runEvents();
        assertTrue(view.getCurrentPage() instanceof ModelTabbedPropertySheetPage, String.valueOf(view.getCurrentPage()));
        ModelTabbedPropertySheetPage page = (ModelTabbedPropertySheetPage) view.getCurrentPage();
        TabSection section = page.showTab(tab);
        EditorTesting.runEvents();
        assertNotNull(section, tab + " is shown");
        section.getPage().refresh();
        return (Tree) section.getPage().getControl();
    }

    private List<String> tabLabels() {
        return Arrays.stream(((ModelTabbedPropertySheetPage) view.getCurrentPage()).getActiveTabs())
                .map(ITabDescriptor::getLabel).toList();
    }

    private static List<IPropertySheetEntry> entries(Tree tree) {
        List<IPropertySheetEntry> result = new ArrayList<>();
        for (TreeItem item : tree.getItems()) {
            collect(item, result);
        }
        return result;
    }

    private static void collect(TreeItem item, List<IPropertySheetEntry> result) {
        if (item.getData() instanceof IPropertySheetEntry e) {
            result.add(e);
        }
        item.setExpanded(true);
        for (TreeItem child : item.getItems()) {
            collect(child, result);
        }
    }

    private static IPropertySheetEntry entry(Tree tree, String name) {
        for (IPropertySheetEntry e : entries(tree)) {
            if (name.equals(e.getDisplayName())) {
                return e;
            }
        }
        throw new AssertionError(name + " not among " + entries(tree).stream().map(IPropertySheetEntry::getDisplayName).toList());
    }

    /** What the sheet does when the user finishes editing a cell: the editor's value goes to the property source. */
    private static void edit(Tree tree, IPropertySheetEntry entry, Object value) {
        CellEditor cell = entry.getEditor(tree);
        assertNotNull(cell, entry.getDisplayName() + " is editable");
        cell.setValue(value);
        entry.applyEditorValue();
        EditorTesting.runEvents();
    }

    @Test
    void editsTextNumbersBooleansEnumsAndReferencesAndUndoesBackToTheFile() throws Exception {
        String file = Files.readString(editor.getDocument().getFile());
        Application app = EditorTesting.find(model, Application.class,
                a -> a.eClass() == vn.egov.workbench.architecture.model.ArchitecturePackage.Literals.APPLICATION
                        && a.getOwner() != null && !a.isLgspIntegrated());
        OrganisationUnit otherOwner = EditorTesting.find(model, OrganisationUnit.class, u -> u != app.getOwner());
        Tree tree = tab(app, PropertyTab.ATTRIBUTES);
        assertEquals(List.of("General", "Attributes", "Relationships", "Lifecycle"), tabLabels().subList(0, 4));
        edit(tree, entry(tree, "Vendor"), "Công ty Cổ phần Phần mềm Kon Tum");
        assertEquals("Công ty Cổ phần Phần mềm Kon Tum", app.getVendor());
        edit(tree, entry(tree, "Security Level"), "4");
        assertEquals(4, app.getSecurityLevel());
        edit(tree, entry(tree, "Integrated with LGSP"), Boolean.TRUE);
        assertTrue(app.isLgspIntegrated());
        tree = tab(app, PropertyTab.LIFECYCLE);
        edit(tree, entry(tree, "Lifecycle Status"), LifecycleStatus.RETIRED);
        assertEquals(LifecycleStatus.RETIRED, app.getLifecycleStatus());
        tree = tab(app, PropertyTab.RELATIONSHIPS);
        edit(tree, entry(tree, "Owner"), otherOwner);
        assertEquals(otherOwner, app.getOwner());
        tree = tab(app, PropertyTab.GENERAL);
        edit(tree, entry(tree, "Name"), "Hệ thống đã đổi tên");
        assertEquals("Hệ thống đã đổi tên", app.getName());
        assertTrue(editor.isDirty());

        // Undo as the Properties view offers it (Edit > Undo while the view is active): the model's stack
        EditorTesting.page().activate(view);
        IAction undo = view.getViewSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
        assertNotNull(undo, "the Properties view has an Undo");
        int undone = 0;
        while (editor.getDocument().getCommandStack().canUndo()) {
            assertTrue(undo.isEnabled());
            undo.run();
            undone++;
        }
        assertEquals(6, undone, "each edit is one command on the model's stack");
        assertEquals(file, EditorTesting.xml(model));
        assertFalse(editor.isDirty());
    }

    @Test
    void keyValuePropertiesAreRowsWhoseValuesAreEditable() throws Exception {
        vn.egov.workbench.architecture.model.Element holder = EditorTesting.find(model,
                vn.egov.workbench.architecture.model.Element.class, e -> !e.getProperties().isEmpty());
        vn.egov.workbench.architecture.model.Property property = holder.getProperties().get(0);
        Tree tree = tab(holder, PropertyTab.PROPERTIES);
        assertTrue(tabLabels().contains("Properties (key-value)"), tabLabels()::toString);
        assertEquals(holder.getProperties().size(), tree.getItemCount(), "one row per key, no categories in a tab");
        IPropertySheetEntry row = entry(tree, property.getKey());
        edit(tree, row, "giá trị mới");
        assertEquals("giá trị mới", property.getValue());
        editor.getActions().undo.run();
        assertFalse(editor.isDirty());
    }
}
