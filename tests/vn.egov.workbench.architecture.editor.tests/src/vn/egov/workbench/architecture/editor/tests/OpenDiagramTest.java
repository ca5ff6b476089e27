package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.Diagram;

/** A double-click on a diagram in the tree opens it in the diagram editor of the same model. */
class OpenDiagramTest {

    private static final String DIAGRAM_EDITOR = "vn.egov.workbench.architecture.diagram.editor";

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        EditorTesting.closeAll();
    }

    @Test
    void doubleClickOnADiagramOpensTheDiagramEditor() throws Exception {
        ModelEditor editor = EditorTesting.openKonTum(dir);
        Diagram overall = EditorTesting.all(editor.getDocument().getModel(), Diagram.class).get(0);
        editor.getTreeViewer().setSelection(new StructuredSelection(overall), true);
        EditorTesting.runEvents();
        Tree tree = editor.getTreeViewer().getTree();
        assertEquals(1, tree.getSelection().length, "the diagram's tree item is selected");

        Event doubleClick = new Event();
        doubleClick.item = tree.getSelection()[0];
        tree.notifyListeners(SWT.DefaultSelection, doubleClick);
        EditorTesting.runEvents();

        IEditorPart active = EditorTesting.page().getActiveEditor();
        assertNotNull(active);
        assertEquals(DIAGRAM_EDITOR, active.getSite().getId());
        assertSame(editor.getDocument(), active.getAdapter(ModelDocument.class),
                "the diagram editor shares the tree's model document and command stack");

        ModelDocument document = editor.getDocument();
        EditorTesting.page().closeEditor(editor, false);
        EditorTesting.runEvents();
        assertFalse(document.isClosed(), "the open diagram still holds the model");
        EditorTesting.page().closeEditor(active, false);
        EditorTesting.runEvents();
        assertTrue(document.isClosed(), "closing the last editor of the model closes it");
    }
}
