package vn.egov.workbench.architecture.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.editor.internal.ModelTabbedPropertySheetPage;
import vn.egov.workbench.architecture.editor.internal.PropertyTab;
import vn.egov.workbench.architecture.editor.internal.TabSection;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramNode;

/**
 * The architect's story through the widgets: open the Kon Tum sample in the tree, open its overall diagram by a
 * double-click, rename an application in the tree's inline editor, change its vendor in the Properties view, drag its
 * node in the diagram; Edit > Undo three times gives the saved file's content back, Redo three times the edits;
 * Save, close, reopen: exactly the saved edits are there.
 */
class UserStoryTest {

    private static final String UNDO = "org.eclipse.ui.edit.undo";
    private static final String REDO = "org.eclipse.ui.edit.redo";

    @TempDir
    Path dir;
    private ModelDocument document;

    @AfterEach
    void close() {
        DiagramTesting.closeAll(document);
    }

    @Test
    void editInTreePropertiesAndDiagramUndoRedoSaveAndReopen() throws Exception {
        document = DiagramTesting.openSampleCopy(dir);
        Path file = document.getFile();
        String saved = Files.readString(file);
        ModelEditor treeEditor = ModelEditor.open(DiagramTesting.page(), document);
        DiagramTesting.runEvents();

        // open the overall diagram from the tree
        Diagram overall = DiagramTesting.firstDiagram(document);
        treeEditor.getTreeViewer().setSelection(new StructuredSelection(overall), true);
        Tree tree = treeEditor.getTreeViewer().getTree();
        Event doubleClick = new Event();
        doubleClick.item = tree.getSelection()[0];
        tree.notifyListeners(SWT.DefaultSelection, doubleClick);
        DiagramTesting.runEvents();
        DiagramEditor diagramEditor = assertInstanceOf(DiagramEditor.class, DiagramTesting.page().getActiveEditor());

        DiagramNode node = DiagramTesting.nodes(overall).stream()
                .filter(n -> n.getElement() instanceof Application a && a.getOwner() != null).findFirst().orElseThrow();
        Application app = (Application) node.getElement();
        String oldName = app.getName();
        int oldX = node.getX();

        // 1. rename in the tree: F2, type, Enter
        DiagramTesting.page().activate(treeEditor);
        treeEditor.select(List.of(app));
        DiagramTesting.runEvents();
        key(tree, SWT.F2);
        Text inline = assertInstanceOf(Text.class, treeEditor.getTreeViewer().getCellEditors()[0].getControl());
        assertTrue(inline.isVisible(), "F2 opens the inline editor");
        inline.setText("Hệ thống quản lý văn bản (đổi tên)");
        key(inline, SWT.CR);
        assertEquals("Hệ thống quản lý văn bản (đổi tên)", app.getName());

        // 2. the vendor in the Properties view (its Attributes tab)
        PropertySheet view = (PropertySheet) DiagramTesting.page().showView(IPageLayout.ID_PROP_SHEET);
        DiagramTesting.page().activate(treeEditor);
        treeEditor.select(List.of(app));
        DiagramTesting.runEvents();
        ModelTabbedPropertySheetPage sheet = assertInstanceOf(ModelTabbedPropertySheetPage.class, view.getCurrentPage());
        TabSection section = sheet.showTab(PropertyTab.ATTRIBUTES);
        DiagramTesting.runEvents();
        assertNotNull(section, "an application has an Attributes tab");
        section.getPage().refresh();
        Tree rows = (Tree) section.getPage().getControl();
        IPropertySheetEntry vendor = entry(rows, "Vendor");
        CellEditor cell = vendor.getEditor(rows);
        assertNotNull(cell);
        cell.setValue("Công ty Phần mềm Đắk Bla");
        vendor.applyEditorValue();
        DiagramTesting.runEvents();
        assertEquals("Công ty Phần mềm Đắk Bla", app.getVendor());

        // 3. drag the node 60 pixels to the right in the diagram
        DiagramTesting.page().activate(diagramEditor);
        DiagramTesting.runEvents();
        Point from = centre(diagramEditor, node);
        drag(diagramEditor, from, from.getTranslated(60, 0));
        assertEquals(oldX + 60, node.getX(), "the node moved");
        String edited = xml(document.getModel());
        assertTrue(diagramEditor.isDirty() && treeEditor.isDirty());

        // Edit > Undo (the workbench command, routed to the active diagram editor) back to the file's content
        IHandlerService handlers = diagramEditor.getSite().getService(IHandlerService.class);
        for (int i = 0; i < 3; i++) {
            handlers.executeCommand(UNDO, null);
            DiagramTesting.runEvents();
        }
        assertEquals(saved, xml(document.getModel()), "three undos give the saved file back");
        assertFalse(document.getCommandStack().canUndo());
        assertFalse(treeEditor.isDirty());
        assertEquals(oldName, app.getName());
        for (int i = 0; i < 3; i++) {
            handlers.executeCommand(REDO, null);
            DiagramTesting.runEvents();
        }
        assertEquals(edited, xml(document.getModel()), "three redos give the edits back");

        // File > Save, close everything, open the file again
        DiagramTesting.page().saveEditor(diagramEditor, false);
        DiagramTesting.runEvents();
        assertFalse(treeEditor.isDirty());
        assertEquals(edited, Files.readString(file));
        assertNotEquals(saved, edited);
        String id = app.getId();
        DiagramTesting.closeAll(document);
        assertTrue(document.isClosed());

        document = ModelDocuments.getDefault().open(file);
        Architecture reopened = document.getModel();
        assertEquals(edited, xml(reopened), "the file holds exactly what was saved");
        Application again = (Application) reopened.eResource().getEObject(id);
        assertEquals("Hệ thống quản lý văn bản (đổi tên)", again.getName());
        assertEquals("Công ty Phần mềm Đắk Bla", again.getVendor());
        DiagramNode nodeAgain = DiagramTesting.nodes(DiagramTesting.firstDiagram(document)).stream()
                .filter(n -> n.getElement() == again).findFirst().orElseThrow();
        assertEquals(oldX + 60, nodeAgain.getX());
    }

    private static String xml(Architecture model) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.eResource().save(out, null);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void key(Control control, int keyCode) {
        Event down = new Event();
        down.keyCode = keyCode;
        down.character = keyCode == SWT.CR ? '\r' : 0;
        control.notifyListeners(SWT.KeyDown, down);
        if (keyCode == SWT.CR) {
            control.notifyListeners(SWT.DefaultSelection, new Event()); // what GTK sends a Text on Enter
        }
        DiagramTesting.runEvents();
    }

    private static IPropertySheetEntry entry(Tree rows, String name) {
        for (TreeItem item : rows.getItems()) {
            if (item.getData() instanceof IPropertySheetEntry e && name.equals(e.getDisplayName())) {
                return e;
            }
        }
        throw new AssertionError(name + " is not a row of the tab");
    }

    private static Point centre(DiagramEditor editor, DiagramNode node) {
        ((FigureCanvas) editor.getViewer().getControl()).getLightweightSystem().getRootFigure().validate();
        IFigure figure = ((GraphicalEditPart) DiagramTesting.part(editor, node)).getFigure();
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        return r.getCenter();
    }

    /** Press, move in steps (past the drag threshold) and release on the canvas, as the mouse does. */
    private static void drag(DiagramEditor editor, Point from, Point to) {
        Control canvas = editor.getViewer().getControl();
        mouse(canvas, SWT.MouseMove, from, 0, 0);
        mouse(canvas, SWT.MouseDown, from, 1, 0);
        for (int i = 1; i <= 6; i++) {
            Point p = new Point(from.x + (to.x - from.x) * i / 6, from.y + (to.y - from.y) * i / 6);
            mouse(canvas, SWT.MouseMove, p, 0, SWT.BUTTON1);
        }
        mouse(canvas, SWT.MouseUp, to, 1, SWT.BUTTON1);
    }

    private static void mouse(Control canvas, int type, Point p, int button, int stateMask) {
        Event e = new Event();
        e.x = p.x;
        e.y = p.y;
        e.button = button;
        e.stateMask = stateMask;
        e.widget = canvas;
        canvas.notifyListeners(type, e);
        DiagramTesting.runEvents();
    }
}
