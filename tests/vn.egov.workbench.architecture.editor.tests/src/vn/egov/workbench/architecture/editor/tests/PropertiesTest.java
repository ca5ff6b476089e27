package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.editor.internal.ModelPropertySheetPage;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.OrganisationUnit;

/** Edits through the Properties view's entries, as the user's cell editors do, and undoes back to the file. */
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

    private Tree sheet(Object selected) throws Exception {
        PropertySheet view = (PropertySheet) EditorTesting.page().showView(IPageLayout.ID_PROP_SHEET);
        EditorTesting.page().activate(editor);
        editor.select(List.of(selected));
        EditorTesting.runEvents();
        assertTrue(view.getCurrentPage() instanceof ModelPropertySheetPage, String.valueOf(view.getCurrentPage()));
        Tree tree = (Tree) view.getCurrentPage().getControl();
        ((org.eclipse.ui.views.properties.PropertySheetPage) view.getCurrentPage()).refresh();
        return tree;
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
        Tree tree = sheet(app);
        IPropertySheetEntry vendor = entry(tree, "Vendor");
        List<String> categories = java.util.Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
        assertTrue(categories.contains("General") && categories.contains("Relationships")
                && categories.contains("Attributes: Application"), categories::toString);
        edit(tree, vendor, "Công ty Cổ phần Phần mềm Kon Tum");
        assertEquals("Công ty Cổ phần Phần mềm Kon Tum", app.getVendor());
        edit(tree, entry(tree, "Security Level"), "4");
        assertEquals(4, app.getSecurityLevel());
        edit(tree, entry(tree, "Integrated with LGSP"), Boolean.TRUE);
        assertTrue(app.isLgspIntegrated());
        edit(tree, entry(tree, "Lifecycle Status"), LifecycleStatus.RETIRED);
        assertEquals(LifecycleStatus.RETIRED, app.getLifecycleStatus());
        edit(tree, entry(tree, "Owner"), otherOwner);
        assertEquals(otherOwner, app.getOwner());
        assertTrue(editor.isDirty());

        int undone = 0;
        while (editor.getDocument().getCommandStack().canUndo()) {
            editor.getActions().undo.run();
            undone++;
        }
        assertEquals(5, undone, "each edit is one command on the model's stack");
        assertEquals(file, EditorTesting.xml(model));
        assertFalse(editor.isDirty());
    }

    @Test
    void keyValuePropertiesAreRowsWhoseValuesAreEditable() throws Exception {
        vn.egov.workbench.architecture.model.Element holder = EditorTesting.find(model,
                vn.egov.workbench.architecture.model.Element.class, e -> !e.getProperties().isEmpty());
        vn.egov.workbench.architecture.model.Property property = holder.getProperties().get(0);
        Tree tree = sheet(holder);
        IPropertySheetEntry row = entry(tree, property.getKey());
        edit(tree, row, "giá trị mới");
        assertEquals("giá trị mới", property.getValue());
        editor.getActions().undo.run();
        assertFalse(editor.isDirty());
    }
}
