package vn.egov.workbench.architecture.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.commands.CommandStack;
import org.eclipse.gef.requests.ChangeBoundsRequest;
import org.eclipse.gef.requests.CreateConnectionRequest;
import org.eclipse.gef.requests.CreateRequest;
import org.eclipse.gef.requests.GroupRequest;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.diagram.internal.PaletteFactory.ModelFactory;
import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.parts.ConnectionPart;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.DiagramShape;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.model.Serves;

/**
 * Create, move, resize, connect, delete and rename through GEF requests and the editor's GEF command stack, checked
 * in the model, and undone through the model's shared EMF command stack.
 */
class DiagramEditingTest {

    @TempDir
    Path dir;

    private ModelDocument document;
    private Diagram diagram;
    private DiagramEditor editor;

    @BeforeEach
    void open() throws Exception {
        document = DiagramTesting.openSampleCopy(dir);
        diagram = DiagramTesting.firstDiagram(document);
        editor = DiagramTesting.open(diagram);
    }

    @AfterEach
    void close() {
        DiagramTesting.closeAll(document);
    }

    private CommandStack gefStack() {
        return editor.getViewer().getEditDomain().getCommandStack();
    }

    private BasicCommandStack modelStack() {
        return document.getCommandStack();
    }

    @Test
    void everyShapeAndConnectionHasItsFigure() {
        for (DiagramNode n : DiagramTesting.nodes(diagram)) {
            assertNotNull(editor.getViewer().getEditPartRegistry().get(n), n.getElement().getName());
        }
        assertFalse(diagram.getConnections().isEmpty());
        for (DiagramConnection c : diagram.getConnections()) {
            assertInstanceOf(ConnectionPart.class, editor.getViewer().getEditPartRegistry().get(c));
        }
        assertFalse(editor.isDirty());
    }

    @Test
    void createsAnElementAndItsNodeInOneUndoableCommand() {
        Folder applications = DiagramCommands.folder(document.getModel(), FolderType.APPLICATION);
        int elementsBefore = applications.getItems().size();
        int shapesBefore = diagram.getChildren().size();
        CreateRequest request = new CreateRequest();
        request.setFactory(new ModelFactory(Literals.APPLICATION));
        request.setLocation(new Point(40, 1200));
        Command command = editor.getViewer().getContents().getCommand(request);
        assertTrue(command.canExecute());
        gefStack().execute(command);

        assertEquals(shapesBefore + 1, diagram.getChildren().size());
        DiagramNode node = (DiagramNode) diagram.getChildren().get(shapesBefore);
        Application created = assertInstanceOf(Application.class, node.getElement());
        assertSame(applications, created.eContainer(), "new elements go to their domain's folder");
        assertEquals("Application", created.getName());
        assertEquals(elementsBefore + 1, applications.getItems().size());
        assertNotNull(editor.getViewer().getEditPartRegistry().get(node));
        assertTrue(editor.isDirty());

        modelStack().undo();
        assertEquals(shapesBefore, diagram.getChildren().size());
        assertEquals(elementsBefore, applications.getItems().size());
        assertNull(editor.getViewer().getEditPartRegistry().get(node));
        assertFalse(editor.isDirty(), "undone back to the saved state");
        modelStack().redo();
        assertSame(node, diagram.getChildren().get(shapesBefore));
    }

    @Test
    void movesAndResizesANodeAndUndoRestoresItsBounds() {
        DiagramNode node = DiagramTesting.nodeOf(diagram, "IOFFICE");
        int x = node.getX(), y = node.getY(), w = node.getWidth();
        EditPart part = DiagramTesting.part(editor, node);

        ChangeBoundsRequest move = new ChangeBoundsRequest(RequestConstants.REQ_MOVE);
        move.setEditParts(part);
        move.setMoveDelta(new Point(30, 12));
        gefStack().execute(part.getCommand(move));
        assertEquals(x + 30, node.getX());
        assertEquals(y + 12, node.getY());

        ChangeBoundsRequest resize = new ChangeBoundsRequest(RequestConstants.REQ_RESIZE);
        resize.setEditParts(part);
        resize.setSizeDelta(new Dimension(40, 0));
        gefStack().execute(part.getCommand(resize));
        assertEquals(w + 40, node.getWidth());

        org.eclipse.gef.ui.actions.ActionRegistry registry = (org.eclipse.gef.ui.actions.ActionRegistry) editor
                .getAdapter(org.eclipse.gef.ui.actions.ActionRegistry.class);
        IAction undo = registry.getAction(ActionFactory.UNDO.getId());
        assertNotNull(undo);
        assertTrue(undo.isEnabled());
        assertEquals("&Undo Move or resize", undo.getText());
        undo.run(); // the editor's Undo runs the model's stack
        assertEquals(w, node.getWidth());
        modelStack().undo();
        assertEquals(x, node.getX());
        assertEquals(y, node.getY());
    }

    @Test
    void movesANodeIntoAnotherGroup() {
        DiagramNode node = DiagramTesting.nodeOf(diagram, "IOFFICE");
        DiagramShape oldGroup = (DiagramShape) node.eContainer();
        DiagramShape newGroup = (DiagramShape) DiagramTesting.nodeOf(diagram, "TTDL").eContainer();
        EditPart part = DiagramTesting.part(editor, node);
        EditPart target = DiagramTesting.part(editor, newGroup);
        ChangeBoundsRequest add = new ChangeBoundsRequest(RequestConstants.REQ_ADD);
        add.setEditParts(part);
        add.setMoveDelta(new Point(0, newGroup.getY() - oldGroup.getY()));
        add.setLocation(new Point(newGroup.getX() + 50, newGroup.getY() + 50));
        Command command = target.getCommand(add);
        assertTrue(command.canExecute());
        gefStack().execute(command);
        assertSame(newGroup, node.eContainer());
        modelStack().undo();
        assertSame(oldGroup, node.eContainer());
    }

    private Command connect(EditPart source, EditPart target, org.eclipse.emf.ecore.EClass type) {
        CreateConnectionRequest request = new CreateConnectionRequest();
        request.setFactory(new ModelFactory(type));
        request.setType(RequestConstants.REQ_CONNECTION_START);
        request.setSourceEditPart(source);
        request.setTargetEditPart(source);
        Command start = source.getCommand(request);
        assertNotNull(start);
        request.setType(RequestConstants.REQ_CONNECTION_END);
        request.setTargetEditPart(target);
        return target.getCommand(request);
    }

    @Test
    void connectsWithARelationshipTheRulesAllow() {
        DiagramNode app = DiagramTesting.nodeOf(diagram, "IOFFICE");
        DiagramNode citizen = DiagramTesting.nodeOf(diagram, "ND");
        Folder relations = DiagramCommands.folder(document.getModel(), FolderType.RELATIONS);
        int relationsBefore = relations.getItems().size();
        int connectionsBefore = diagram.getConnections().size();

        Command command = connect(DiagramTesting.part(editor, app), DiagramTesting.part(editor, citizen),
                Literals.SERVES);
        assertTrue(command.canExecute());
        gefStack().execute(command);

        assertEquals(relationsBefore + 1, relations.getItems().size());
        Serves serves = assertInstanceOf(Serves.class, relations.getItems().get(relationsBefore));
        assertSame(app.getElement(), serves.getSource());
        assertSame(citizen.getElement(), serves.getTarget());
        DiagramConnection connection = diagram.getConnections().get(connectionsBefore);
        assertSame(serves, connection.getRelationship());
        assertInstanceOf(ConnectionPart.class, editor.getViewer().getEditPartRegistry().get(connection));
        assertNull(editor.getLastRefusal());

        modelStack().undo();
        assertEquals(relationsBefore, relations.getItems().size());
        assertEquals(connectionsBefore, diagram.getConnections().size());
        assertNull(editor.getViewer().getEditPartRegistry().get(connection));
    }

    @Test
    void refusesAConnectionTheRulesForbidAndSaysWhy() {
        DiagramNode citizen = DiagramTesting.nodeOf(diagram, "ND");
        DiagramNode database = DiagramTesting.nodeOf(diagram, "CSDL-VB");
        int connectionsBefore = diagram.getConnections().size();

        Command command = connect(DiagramTesting.part(editor, citizen), DiagramTesting.part(editor, database),
                Literals.COMPOSES);
        assertFalse(command.canExecute(), "Composes from a stakeholder to a database is not in the rules");
        gefStack().execute(command);
        assertEquals(connectionsBefore, diagram.getConnections().size());
        assertFalse(modelStack().canUndo());

        String refusal = editor.getLastRefusal();
        assertNotNull(refusal);
        assertTrue(refusal.contains("relationship rules do not allow Composes from Stakeholder to Database"),
                refusal);
        assertEquals(refusal, editor.getViewer().getControl().getToolTipText(), "shown at the pointer");
        assertTrue(refusal.contains("Allowed from") || refusal.contains("No relationship"), refusal);
    }

    @Test
    void aPlainLineConnectsGroups() {
        DiagramShape users = (DiagramShape) DiagramTesting.nodeOf(diagram, "ND").eContainer();
        DiagramShape channels = (DiagramShape) DiagramTesting.nodeOf(diagram, "KENH-WEB").eContainer();
        Command relationship = connect(DiagramTesting.part(editor, users), DiagramTesting.part(editor, channels),
                Literals.SERVES);
        assertTrue(relationship == null || !relationship.canExecute(), "a relationship needs elements at both ends");
        assertTrue(editor.getLastRefusal().contains("connects two elements"), editor.getLastRefusal());
        Command line = connect(DiagramTesting.part(editor, users), DiagramTesting.part(editor, channels),
                Literals.DIAGRAM_CONNECTION);
        assertTrue(line.canExecute());
        gefStack().execute(line);
        DiagramConnection added = diagram.getConnections().get(diagram.getConnections().size() - 1);
        assertNull(added.getRelationship());
        assertSame(users, added.getSource());
    }

    @Test
    void deletesANodeWithItsConnectionsButKeepsTheElement() {
        DiagramNode node = null;
        for (DiagramConnection c : diagram.getConnections()) {
            if (c.getSource() instanceof DiagramNode n) {
                node = n;
                break;
            }
        }
        assertNotNull(node);
        List<DiagramConnection> attached = new ArrayList<>();
        for (DiagramConnection c : diagram.getConnections()) {
            if (c.getSource() == node || c.getTarget() == node) {
                attached.add(c);
            }
        }
        DiagramShape container = (DiagramShape) node.eContainer();
        Relationship relationship = attached.get(0).getRelationship();
        GroupRequest delete = new GroupRequest(RequestConstants.REQ_DELETE);
        EditPart part = DiagramTesting.part(editor, node);
        delete.setEditParts(part);
        gefStack().execute(part.getCommand(delete));

        assertFalse(container.getChildren().contains(node));
        for (DiagramConnection c : attached) {
            assertFalse(diagram.getConnections().contains(c));
        }
        assertNotNull(node.getElement().eContainer(), "the element stays in the model");
        assertNotNull(relationship.eContainer(), "and so do its relationships");

        modelStack().undo();
        assertTrue(container.getChildren().contains(node));
        assertTrue(diagram.getConnections().containsAll(attached));
        assertNotNull(editor.getViewer().getEditPartRegistry().get(attached.get(0)));
    }

    @Test
    void renamesTheShownElement() {
        DiagramNode node = DiagramTesting.nodeOf(diagram, "LGSP");
        String old = node.getElement().getName();
        gefStack().execute(new vn.egov.workbench.architecture.diagram.internal.commands.GefEmfCommand(
                DiagramCommands.rename(document.getEditingDomain(), node.getElement(), "LGSP Kon Tum")));
        assertEquals("LGSP Kon Tum", node.getElement().getName());
        assertEquals("LGSP Kon Tum", ((vn.egov.workbench.architecture.diagram.internal.figures.NodeFigure) ((org.eclipse.gef.GraphicalEditPart) DiagramTesting.part(editor, node)).getFigure()).getName());
        modelStack().undo();
        assertEquals(old, node.getElement().getName());
    }

    @Test
    void editsInTheTreeAndTheDiagramShareOneHistory() {
        DiagramNode node = DiagramTesting.nodeOf(diagram, "IOFFICE");
        // an edit made elsewhere (as the tree or the Properties view would) on the model's stack
        modelStack().execute(org.eclipse.emf.edit.command.SetCommand.create(document.getEditingDomain(),
                node.getElement(), Literals.NAMED_ELEMENT__NAME, "Văn phòng điện tử"));
        assertTrue(gefStack().canUndo(), "the diagram's Undo sees it");
        gefStack().undo();
        assertTrue(modelStack().canRedo());
        assertFalse(editor.isDirty());
    }
}
