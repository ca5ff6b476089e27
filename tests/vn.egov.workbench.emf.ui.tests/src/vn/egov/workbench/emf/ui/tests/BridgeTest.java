package vn.egov.workbench.emf.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.emf.ui.ItemContentProvider;
import vn.egov.workbench.emf.ui.ItemLabelProvider;
import vn.egov.workbench.emf.ui.ItemPropertyDescriptorAdapter;
import vn.egov.workbench.emf.ui.internal.CellEditors;

/** A real SWT tree and real cell editors over the generated item providers (run under Xvfb). */
class BridgeTest {

    private final ModelFixture model = new ModelFixture();
    private Shell shell;
    private TreeViewer viewer;
    private ItemContentProvider content;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getDefault());
        viewer = new TreeViewer(shell);
        content = new ItemContentProvider(model.adapters);
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new ItemLabelProvider(model.adapters));
        viewer.setInput(model.architecture);
        viewer.expandAll();
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    private List<String> labels() {
        viewer.expandAll();
        return collect(viewer.getTree().getItems());
    }

    private static List<String> collect(TreeItem[] items) {
        return Arrays.stream(items).flatMap(i -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(i.getText()), collect(i.getItems()).stream())).toList();
    }

    @Test
    void theTreeShowsFoldersAndElementsWithIcons() {
        List<String> labels = labels();
        assertTrue(labels.stream().anyMatch(l -> l.contains("VNPT-iOffice")), labels::toString);
        assertTrue(labels.stream().anyMatch(l -> l.contains("Sở Thông tin và Truyền thông")), labels::toString);
        TreeItem first = viewer.getTree().getItem(0);
        assertNotNull(first.getImage(), "folders have icons");
    }

    @Test
    void aCommandOnTheStackRefreshesTheTreeAndUndoRestoresIt() {
        model.domain.getCommandStack().execute(SetCommand.create(model.domain, model.iOffice,
                ArchitecturePackage.Literals.NAMED_ELEMENT__NAME, "Quản lý văn bản iOffice"));
        assertTrue(labels().stream().anyMatch(l -> l.contains("Quản lý văn bản iOffice")), labels()::toString);

        Application lgsp = ArchitectureFactory.eINSTANCE.createApplication();
        lgsp.setName("Cổng dịch vụ công");
        model.domain.getCommandStack().execute(AddCommand.create(model.domain, model.applications,
                ArchitecturePackage.Literals.FOLDER__ITEMS, lgsp));
        assertTrue(labels().stream().anyMatch(l -> l.contains("Cổng dịch vụ công")));

        model.domain.getCommandStack().undo();
        model.domain.getCommandStack().undo();
        List<String> after = labels();
        assertFalse(after.stream().anyMatch(l -> l.contains("Cổng dịch vụ công")), after::toString);
        assertTrue(after.stream().anyMatch(l -> l.contains("VNPT-iOffice")), after::toString);
    }

    @Test
    void thePropertySourceSetsValuesThroughUndoableCommands() {
        IPropertySource source = content.getPropertySource(model.iOffice);
        IPropertyDescriptor name = descriptor(source, "name");
        source.setPropertyValue(name.getId(), "iOffice 4 cấp");
        assertEquals("iOffice 4 cấp", model.iOffice.getName());
        assertEquals("iOffice 4 cấp", source.getPropertyValue(name.getId()));
        assertTrue(model.domain.getCommandStack().canUndo(), "the edit went through the command stack");
        model.domain.getCommandStack().undo();
        assertEquals("VNPT-iOffice", model.iOffice.getName());
    }

    @Test
    void eachTypeGetsTheRightCellEditor() {
        IPropertySource source = content.getPropertySource(model.iOffice);
        assertInstanceOf(ComboBoxCellEditor.class, editor(source, "scope"), "an enumeration is a list of literals");
        assertInstanceOf(ComboBoxCellEditor.class, editor(source, "lgspIntegrated"), "a boolean is yes/no");
        assertEquals(List.of("Yes", "No"), Arrays.stream(((ComboBoxCellEditor) editor(source, "lgspIntegrated")).getItems())
                .filter(t -> !t.isEmpty()).sorted(java.util.Comparator.reverseOrder()).toList(),
                "in the workbench language, not EMF's true/false");
        CellEditor owner = editor(source, "owner");
        assertInstanceOf(ComboBoxCellEditor.class, owner, "a reference is a list of candidates");
        owner.setValue(model.department);
        assertEquals(model.department, owner.getValue());
        assertTrue(Arrays.asList(((ComboBoxCellEditor) owner).getItems()).contains(""), "an optional reference can be cleared");
        CellEditor level = editor(source, "securityLevel");
        assertNotNull(level);
        assertNotNull(level.getValidator().isValid("ba"), "letters are not a security level");
        assertNull(level.getValidator().isValid("3"));
        level.setValue(Integer.valueOf(3));
        assertEquals(3, level.getValue());
    }

    @Test
    void anUnsetTextAttributeOpensEmptyAndStaysUnsetWhenLeftEmpty() {
        model.iOffice.setVendor(null);
        IPropertySource source = content.getPropertySource(model.iOffice);
        CellEditor vendor = editor(source, "vendor");
        vendor.setValue(source.getPropertyValue(descriptor(source, "vendor").getId()));
        assertEquals("", ((org.eclipse.swt.widgets.Text) vendor.getControl()).getText());
        assertNull(vendor.getValue(), "left empty, the vendor stays unset: nothing to save");
        ((org.eclipse.swt.widgets.Text) vendor.getControl()).setText("VNPT");
        assertEquals("VNPT", vendor.getValue());
        vendor.setValue("Viettel");
        ((org.eclipse.swt.widgets.Text) vendor.getControl()).setText("");
        assertEquals("", vendor.getValue(), "clearing a set vendor is an edit");
    }

    @Test
    void badTextIsRefusedWithAMessageNamingIt() {
        String message = CellEditors.check(org.eclipse.emf.ecore.EcorePackage.Literals.EINT, "mười");
        assertTrue(message.contains("mười"), message);
        assertNull(CellEditors.check(org.eclipse.emf.ecore.EcorePackage.Literals.EINT, " 12 "));
        String date = CellEditors.check(ArchitecturePackage.Literals.LOCAL_DATE, "2020-02-30");
        assertNotNull(date, "30 February is not a date");
        assertNull(CellEditors.check(ArchitecturePackage.Literals.LOCAL_DATE, "2019-12-31"));
    }

    private static IPropertyDescriptor descriptor(IPropertySource source, String feature) {
        return Arrays.stream(source.getPropertyDescriptors())
                .filter(d -> ((ItemPropertyDescriptorAdapter) d).itemDescriptor().getFeature(null) instanceof
                        org.eclipse.emf.ecore.EStructuralFeature f && f.getName().equals(feature))
                .findFirst().orElseThrow(() -> new AssertionError("no property " + feature));
    }

    private CellEditor editor(IPropertySource source, String feature) {
        return descriptor(source, feature).createPropertyEditor(shell);
    }
}
