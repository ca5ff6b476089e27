package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.editor.internal.ProblemsView;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.FolderType;

class ProblemsViewTest {

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        EditorTesting.closeAll();
    }

    @Test
    void doubleClickingAProblemSelectsItsElementInTheTreeWhichShowsAMarker() throws Exception {
        ModelEditor editor = EditorTesting.openKonTum(dir);
        Architecture model = editor.getDocument().getModel();
        // an application without owner: a problem the rules report
        Application orphan = ArchitectureFactory.eINSTANCE.createApplication();
        orphan.setName("Hệ thống không có chủ quản");
        editor.getDocument().getCommandStack().execute(org.eclipse.emf.edit.command.AddCommand.create(
                editor.getDocument().getEditingDomain(),
                model.getFolders().stream().filter(f -> f.getFolderType() == FolderType.APPLICATION).findFirst().orElseThrow(),
                vn.egov.workbench.architecture.model.ArchitecturePackage.Literals.FOLDER__ITEMS, orphan));
        EditorTesting.runEvents();
        ILabelProvider labels = (ILabelProvider) editor.getTreeViewer().getLabelProvider();
        Image plain = labels.getImage(orphan);

        editor.validate();
        EditorTesting.runEvents();
        assertFalse(editor.getDocument().getProblems().of(orphan).isEmpty(), "the rules find the missing owner");
        assertNotSame(plain, labels.getImage(orphan), "the tree item carries a problem marker");

        ProblemsView view = (ProblemsView) EditorTesting.page().findView(ProblemsView.ID);
        assertTrue(view != null, "validation shows the Problems view");
        editor.getTreeViewer().setSelection(org.eclipse.jface.viewers.StructuredSelection.EMPTY);
        Table table = view.getViewer().getTable();
        int index = -1;
        for (int i = 0; i < table.getItemCount(); i++) {
            if (((ProblemsView.Row) table.getItem(i).getData()).problem().element() == orphan) {
                index = i;
            }
        }
        assertTrue(index >= 0, "the problem is listed");
        TableItem item = table.getItem(index);
        assertTrue(item.getText(1).contains("Hệ thống không có chủ quản"), item.getText(1));
        assertTrue(item.getImage(0) != null, "severity icon");
        table.setSelection(index);
        Event e = new Event();
        e.item = item;
        table.notifyListeners(SWT.Selection, e);
        table.notifyListeners(SWT.DefaultSelection, e);
        EditorTesting.runEvents();
        assertSame(orphan, editor.getTreeViewer().getStructuredSelection().getFirstElement());
        assertTrue(editor.getTreeViewer().getTree().getSelection().length == 1);
        assertTrue(List.of(editor.getTreeViewer().getTree().getSelection()).get(0).getText().equals("Hệ thống không có chủ quản"));
    }
}
