package vn.egov.workbench.architecture.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.SharedCursors;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.diagram.internal.PaletteFactory.ModelFactory;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramNode;

/**
 * The palette's connection tool driven by mouse events on the canvas (Control.notifyListeners: Display.post
 * coordinates are wrong under Xvfb): a forbidden connection shows the no-entry cursor, names the rule and creates
 * nothing; an allowed one creates the relationship.
 */
class DiagramToolsTest {

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

    private void useTool(EClass type) {
        ToolEntry entry = find(editor.getViewer().getEditDomain().getPaletteViewer().getPaletteRoot(), type);
        assertNotNull(entry, type.getName());
        editor.getViewer().getEditDomain().getPaletteViewer().setActiveTool(entry);
    }

    private static ToolEntry find(PaletteContainer container, EClass type) {
        for (Object child : container.getChildren()) {
            if (child instanceof ConnectionCreationToolEntry e
                    && ((ModelFactory) e.getToolProperty(org.eclipse.gef.tools.CreationTool.PROPERTY_CREATION_FACTORY))
                            .type() == type) {
                return e;
            }
            if (child instanceof PaletteContainer c) {
                ToolEntry found = find(c, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The centre of a node's figure in canvas coordinates. */
    private Point centre(DiagramNode node) {
        ((org.eclipse.draw2d.FigureCanvas) editor.getViewer().getControl()).getLightweightSystem().getRootFigure()
                .validate();
        IFigure figure = ((GraphicalEditPart) DiagramTesting.part(editor, node)).getFigure();
        Rectangle r = figure.getBounds().getCopy();
        figure.translateToAbsolute(r);
        return r.getCenter();
    }

    private void mouse(int type, Point p) {
        Control canvas = editor.getViewer().getControl();
        Event e = new Event();
        e.x = p.x;
        e.y = p.y;
        e.button = type == SWT.MouseMove ? 0 : 1;
        e.stateMask = type == SWT.MouseUp ? SWT.BUTTON1 : 0;
        e.widget = canvas;
        canvas.notifyListeners(type, e);
        DiagramTesting.runEvents();
    }

    private void click(Point p) {
        mouse(SWT.MouseMove, p);
        mouse(SWT.MouseDown, p);
        mouse(SWT.MouseUp, p);
    }

    @Test
    void aForbiddenConnectionShowsTheNoEntryCursorAndCreatesNothing() {
        int connections = diagram.getConnections().size();
        useTool(Literals.COMPOSES);
        click(centre(DiagramTesting.nodeOf(diagram, "ND")));
        Point target = centre(DiagramTesting.nodeOf(diagram, "KENH-WEB"));
        mouse(SWT.MouseMove, target.getTranslated(1, 0));
        mouse(SWT.MouseMove, target);
        assertSame(SharedCursors.CURSOR_PLUG_NOT, editor.getViewer().getControl().getCursor(),
                "the connection tool's no-entry cursor; plug " + SharedCursors.CURSOR_PLUG + ", arrow "
                        + SharedCursors.ARROW + ", no " + SharedCursors.NO);
        assertTrue(editor.getLastRefusal().contains("Composes from Stakeholder to Access Channel")
                || editor.getLastRefusal().contains("Composes from Stakeholder to"), editor.getLastRefusal());
        click(target);
        assertEquals(connections, diagram.getConnections().size());
    }

    @Test
    void anAllowedConnectionIsMadeByTwoClicks() {
        int connections = diagram.getConnections().size();
        useTool(Literals.SERVES);
        click(centre(DiagramTesting.nodeOf(diagram, "KENH-WEB")));
        Point target = centre(DiagramTesting.nodeOf(diagram, "ND"));
        mouse(SWT.MouseMove, target.getTranslated(1, 0));
        click(target);
        assertEquals(connections + 1, diagram.getConnections().size(), "refusal: " + editor.getLastRefusal()
                + ", cursor " + editor.getViewer().getControl().getCursor() + " plug " + SharedCursors.CURSOR_PLUG
                + " not " + SharedCursors.CURSOR_PLUG_NOT + ", source at "
                + centre(DiagramTesting.nodeOf(diagram, "KENH-WEB")) + ", target at " + target);
        assertSame(DiagramTesting.nodeOf(diagram, "ND").getElement(),
                diagram.getConnections().get(connections).getRelationship().getTarget());
    }
}
