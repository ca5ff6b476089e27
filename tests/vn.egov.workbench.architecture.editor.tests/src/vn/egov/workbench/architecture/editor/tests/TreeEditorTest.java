package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.editor.internal.EditorActions;
import vn.egov.workbench.architecture.editor.internal.KindGroup;
import vn.egov.workbench.architecture.editor.internal.Kinds;
import vn.egov.workbench.architecture.editor.internal.NewChildMenu;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderItem;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Relationship;

class TreeEditorTest {

    @TempDir
    Path dir;
    private ModelEditor editor;
    private Architecture model;
    private BasicCommandStack stack;

    @BeforeEach
    void open() throws Exception {
        editor = EditorTesting.openKonTum(dir);
        model = editor.getDocument().getModel();
        stack = editor.getDocument().getCommandStack();
    }

    @AfterEach
    void close() {
        EditorActions.confirm = (shell, message) -> org.eclipse.jface.dialogs.MessageDialog.openQuestion(shell, "", message);
        EditorTesting.closeAll();
    }

    private Folder folder(FolderType type) {
        return model.getFolders().stream().filter(f -> f.getFolderType() == type).findFirst().orElseThrow();
    }

    @Test
    void theTreeShowsTheModelItsDomainsAndKindGroupsWithIcons() {
        TreeItem root = editor.getTreeViewer().getTree().getItem(0);
        assertEquals(model.getName(), root.getText());
        assertTrue(root.getExpanded());
        assertEquals(model.getFolders().size(), root.getItemCount());
        assertEquals("Kiến trúc ứng dụng", root.getItem(model.getFolders().indexOf(folder(FolderType.APPLICATION))).getText());
        assertNotNull(root.getImage());
        // the Projects folder holds several kinds: one group per kind, labelled with the kind and count
        List<Object> children = editor.getContentProvider().children(folder(FolderType.PROJECTS));
        assertTrue(children.stream().anyMatch(c -> c instanceof KindGroup g && g.kind() == ArchitecturePackage.Literals.PROJECT),
                children::toString);
        editor.getTreeViewer().setExpandedState(folder(FolderType.PROJECTS), true);
        EditorTesting.runEvents();
        List<String> texts = EditorTesting.shownTexts(editor.getTreeViewer().getTree());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("Project (")), texts::toString);
    }

    @Test
    void theContextMenuCreatesAnApplicationAndEveryKindCanBeCreated() {
        Folder applications = folder(FolderType.APPLICATION);
        int before = applications.getItems().size();
        editor.getTreeViewer().setSelection(new StructuredSelection(applications), true);
        Menu menu = editor.getTreeViewer().getTree().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        MenuItem newItem = item(menu, "New");
        Menu sub = newItem.getMenu();
        sub.notifyListeners(SWT.Show, new Event());
        MenuItem application = item(sub, "Application");
        assertNotNull(item(sub, "Portal"), "the application domain offers portals too");
        application.notifyListeners(SWT.Selection, new Event());
        menu.notifyListeners(SWT.Hide, new Event());
        EditorTesting.runEvents();
        assertEquals(before + 1, applications.getItems().size());
        FolderItem created = applications.getItems().get(before);
        assertTrue(created instanceof Application);
        assertSame(created, editor.getTreeViewer().getStructuredSelection().getFirstElement());
        cancelRename();

        // every kind a folder can hold is offered by some folder of the sample, first or under "Other kinds"
        Set<EClass> created2 = new HashSet<>();
        List<EClass> kinds = Kinds.concrete(ArchitecturePackage.Literals.FOLDER_ITEM);
        for (Folder folder : model.getFolders()) {
            for (List<IAction> group : NewChildMenu.actions(editor, folder)) {
                for (IAction action : group) {
                    if (action instanceof NewChildMenu.CreateAction c && c.kind() != ArchitecturePackage.Literals.FOLDER
                            && created2.add(c.kind())) {
                        int count = folder.getItems().size();
                        c.run();
                        EditorTesting.runEvents();
                        cancelRename();
                        assertEquals(count + 1, folder.getItems().size(), c.getText());
                        assertSame(c.kind(), folder.getItems().get(count).eClass());
                    }
                }
            }
        }
        assertEquals(new HashSet<>(kinds), created2);
        while (stack.canUndo()) {
            stack.undo();
        }
        assertEquals(before, applications.getItems().size());
    }

    private void cancelRename() {
        editor.getTreeViewer().cancelEditing();
        EditorTesting.runEvents();
    }

    private static MenuItem item(Menu menu, String text) {
        for (MenuItem i : menu.getItems()) {
            if (i.getText().replace("&", "").equals(text)) {
                return i;
            }
        }
        List<String> texts = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            texts.add(i.getText());
        }
        throw new AssertionError(text + " not in " + texts);
    }

    @Test
    void renameEditsTheNameInPlaceAsAnUndoableCommand() {
        OrganisationUnit unit = EditorTesting.named(model, OrganisationUnit.class, "Sở Thông tin và Truyền thông");
        editor.select(List.of(unit));
        editor.getActions().rename.run();
        EditorTesting.runEvents();
        Text text = findText(editor.getTreeViewer().getTree());
        assertNotNull(text, "the inline editor is open");
        text.setText("Sở Khoa học và Công nghệ");
        text.notifyListeners(SWT.DefaultSelection, new Event());
        EditorTesting.runEvents();
        assertEquals("Sở Khoa học và Công nghệ", unit.getName());
        assertTrue(editor.isDirty());
        stack.undo();
        assertEquals("Sở Thông tin và Truyền thông", unit.getName());
        assertFalse(editor.isDirty());
    }

    private static Text findText(org.eclipse.swt.widgets.Composite parent) {
        for (Control c : parent.getChildren()) {
            if (c instanceof Text t && t.isVisible()) {
                return t;
            }
        }
        return null;
    }

    @Test
    void deleteAsksAndRemovesDanglingRelationshipsAndDiagramNodesThenUndoRestoresAll() throws Exception {
        String saved = EditorTesting.xml(model);
        DiagramNode node = EditorTesting.find(model, DiagramNode.class,
                n -> n.getElement() != null && EditorTesting.all(model, Relationship.class).stream()
                        .anyMatch(r -> r.getSource() == n.getElement() || r.getTarget() == n.getElement()));
        Element element = node.getElement();
        List<Relationship> relationships = EditorTesting.all(model, Relationship.class).stream()
                .filter(r -> r.getSource() == element || r.getTarget() == element).toList();
        List<String> asked = new ArrayList<>();
        EditorActions.confirm = (shell, message) -> {
            asked.add(message);
            return false;
        };
        editor.select(List.of(element));
        editor.getActions().delete.run();
        assertEquals(1, asked.size(), "asked before removing more than the selection");
        assertNotNull(element.eContainer(), "answering No keeps everything");

        EditorActions.confirm = (shell, message) -> true;
        editor.getActions().delete.run();
        EditorTesting.runEvents();
        assertEquals(null, element.eContainer());
        for (Relationship r : relationships) {
            assertEquals(null, r.eContainer(), "dangling relationship removed");
        }
        assertEquals(null, node.eContainer(), "diagram node removed");
        for (DiagramConnection c : EditorTesting.all(model, DiagramConnection.class)) {
            assertTrue(c.getSource().eContainer() != null && c.getTarget().eContainer() != null);
        }
        stack.undo();
        EditorTesting.runEvents();
        assertNotNull(element.eContainer());
        assertSame(element, node.getElement());
        assertEquals(saved, EditorTesting.xml(model));
    }

    @Test
    void dragAndDropMovesAnElementIntoAnotherFolderUndoably() {
        Folder organisation = folder(FolderType.ORGANISATION);
        Folder districts = organisation.getFolders().stream().filter(f -> f.getName().startsWith("Huyện")).findFirst().orElseThrow();
        OrganisationUnit unit = EditorTesting.named(model, OrganisationUnit.class, "Sở Thông tin và Truyền thông");
        Folder from = (Folder) unit.eContainer();
        StructuredSelection dragged = new StructuredSelection(unit);
        LocalSelectionTransfer.getTransfer().setSelection(dragged);
        assertTrue(editor.getDropAdapter().validateDrop(districts, DND.DROP_MOVE,
                LocalSelectionTransfer.getTransfer().getSupportedTypes()[0]));
        assertFalse(editor.getDropAdapter().validateDrop(folder(FolderType.RELATIONS), DND.DROP_MOVE,
                LocalSelectionTransfer.getTransfer().getSupportedTypes()[0]), "an element never goes among relationships");
        assertTrue(editor.getDropAdapter().drop(districts, dragged));
        EditorTesting.runEvents();
        assertSame(districts, unit.eContainer());
        stack.undo();
        assertSame(from, unit.eContainer());
    }

    @Test
    void copyAndPasteMakeCopiesWithNewIds() {
        Application app = EditorTesting.find(model, Application.class, a -> a.getOwner() != null);
        Folder target = folder(FolderType.APPLICATION);
        int before = target.getItems().size();
        editor.select(List.of(app));
        editor.getActions().copy.run();
        editor.select(List.of(target));
        assertTrue(editor.getActions().paste.isEnabled());
        editor.getActions().paste.run();
        editor.getActions().paste.run();
        assertEquals(before + 2, target.getItems().size());
        Application first = (Application) target.getItems().get(before);
        Application second = (Application) target.getItems().get(before + 1);
        assertEquals(app.getName(), first.getName());
        assertSame(app.getOwner(), first.getOwner(), "references outside the copy point to the originals");
        Set<String> ids = new HashSet<>(List.of(app.getId(), first.getId(), second.getId()));
        assertEquals(3, ids.size());
        stack.undo();
        stack.undo();
        assertEquals(before, target.getItems().size());
    }

    @Test
    void theFilterFindsVietnameseNamesWithoutDiacritics() {
        editor.setFilter("so thong tin");
        EditorTesting.runEvents();
        List<String> texts = EditorTesting.shownTexts(editor.getTreeViewer().getTree());
        assertTrue(texts.contains("Sở Thông tin và Truyền thông"), texts::toString);
        assertFalse(texts.contains("Kiến trúc dữ liệu") && !texts.contains("Sở Thông tin và Truyền thông"));
        int filtered = texts.size();
        editor.setFilter("Sở Thông tin");
        EditorTesting.runEvents();
        assertTrue(EditorTesting.shownTexts(editor.getTreeViewer().getTree()).contains("Sở Thông tin và Truyền thông"));
        editor.setFilter("zzzz khong co");
        EditorTesting.runEvents();
        assertEquals(List.of(model.getName()), EditorTesting.shownTexts(editor.getTreeViewer().getTree()));
        editor.setFilter("");
        EditorTesting.runEvents();
        assertTrue(EditorTesting.shownTexts(editor.getTreeViewer().getTree()).size() > 1);
        assertTrue(filtered > 1);
    }

    @Test
    void undoAndRedoThroughTheWorkbenchCommandsReturnToTheSavedFile() throws Exception {
        String file = Files.readString(editor.getDocument().getFile());
        assertEquals(file, EditorTesting.xml(model), "serialising the opened model gives the file");
        OrganisationUnit unit = EditorTesting.named(model, OrganisationUnit.class, "Sở Thông tin và Truyền thông");
        editor.setName(unit, "Đổi tên");
        editor.select(List.of(folder(FolderType.APPLICATION)));
        NewChildMenu.actions(editor, folder(FolderType.APPLICATION)).get(0).get(0).run();
        cancelRename();
        EditorActions.confirm = (shell, message) -> true;
        editor.getActions().delete.run(); // the new element
        editor.select(List.of(unit));
        editor.getActions().delete.run();
        assertNotEquals(file, EditorTesting.xml(model));
        assertTrue(editor.isDirty());

        org.eclipse.ui.handlers.IHandlerService handlers = editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class);
        int undone = 0;
        while (stack.canUndo()) {
            handlers.executeCommand("org.eclipse.ui.edit.undo", null);
            EditorTesting.runEvents();
            undone++;
        }
        assertEquals(4, undone);
        assertEquals(file, EditorTesting.xml(model));
        assertFalse(editor.isDirty());
        handlers.executeCommand("org.eclipse.ui.edit.redo", null);
        assertEquals("Đổi tên", unit.getName());
        assertTrue(editor.isDirty());
        handlers.executeCommand("org.eclipse.ui.edit.undo", null);
        assertEquals(file, EditorTesting.xml(model));
    }

    @Test
    void aNewElementGetsAKindNameAndCanBeRevealed() {
        Folder data = folder(FolderType.DATA);
        List<IAction> primary = NewChildMenu.actions(editor, data).get(0);
        assertTrue(primary.stream().anyMatch(a -> a.getText().equals("Database")), primary.toString());
        IAction database = primary.stream().filter(a -> a.getText().equals("Database")).findFirst().orElseThrow();
        database.run();
        cancelRename();
        EObject created = (EObject) editor.getTreeViewer().getStructuredSelection().getFirstElement();
        assertEquals("Database", ((Element) created).getName());
        assertTrue(editor.getAdapter(vn.egov.workbench.architecture.editing.IElementRevealer.class).reveal(created));
    }
}
