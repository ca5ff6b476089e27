package vn.egov.workbench.architecture.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.ConnectionCreationToolEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.IViewPart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.diagram.internal.DiagramLayouts;
import vn.egov.workbench.architecture.diagram.internal.Domain;
import vn.egov.workbench.architecture.diagram.internal.Handlers;
import vn.egov.workbench.architecture.diagram.internal.Kinds;
import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.export.DiagramExport;
import vn.egov.workbench.architecture.diagram.internal.figures.NodeFigure;
import vn.egov.workbench.architecture.editing.IElementRevealer;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Database;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramGroup;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.DiagramShape;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.validation.Severity;

/** Palette, export, selection, reveal, markers, generated layouts, Add to diagram, saving and closing. */
class DiagramViewTest {

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

    @Test
    void thePaletteOffersEveryConcreteElementKindAndRelationshipType() {
        PaletteRoot palette = editor.getViewer().getEditDomain().getPaletteViewer() != null
                ? editor.getViewer().getEditDomain().getPaletteViewer().getPaletteRoot()
                : null;
        assertNotNull(palette);
        Set<Object> templates = new HashSet<>();
        Set<String> labels = new HashSet<>();
        collect(palette, templates, labels);
        List<EClass> kinds = Kinds.concreteSubclasses(Literals.ELEMENT);
        assertTrue(kinds.size() >= 20, "kinds: " + kinds);
        assertTrue(templates.containsAll(kinds), "missing kinds in " + templates);
        assertTrue(labels.contains("Application") && labels.contains("Serves") && labels.contains("Group"), labels.toString());
        for (EClass type : Kinds.concreteSubclasses(Literals.RELATIONSHIP)) {
            assertTrue(labels.contains(new Kinds(document.getAdapterFactory()).label(type)), type.getName());
        }
    }

    private static void collect(PaletteContainer container, Set<Object> templates, Set<String> labels) {
        for (Object child : container.getChildren()) {
            if (child instanceof CombinedTemplateCreationEntry e) {
                templates.add(e.getTemplate());
                labels.add(e.getLabel());
            } else if (child instanceof ConnectionCreationToolEntry e) {
                labels.add(e.getLabel());
            } else if (child instanceof PaletteContainer c) {
                collect(c, templates, labels);
            }
        }
    }

    @Test
    void exportsAPngOfTheWholeDiagram() throws Exception {
        Path png = dir.resolve("overall.png");
        editor.export(png);
        Rectangle extent = DiagramExport.extent(editor.getViewer());
        ImageData data = new ImageLoader().load(png.toString())[0];
        assertEquals(extent.width, data.width);
        assertEquals(extent.height, data.height);
        assertTrue(data.width > 1000 && data.height > 600, data.width + "x" + data.height);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < data.height; y += 7) {
            for (int x = 0; x < data.width; x += 7) {
                colours.add(data.getPixel(x, y));
            }
        }
        assertTrue(colours.size() > 20, "a real picture, not a blank one: " + colours.size() + " colours");
    }

    @Test
    void exportsAnSvgWithTheShapesAndTheirNames() throws Exception {
        Path svg = dir.resolve("overall.svg");
        editor.export(svg);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("http://www.w3.org/2000/svg", doc.getDocumentElement().getNamespaceURI());
        Rectangle extent = DiagramExport.extent(editor.getViewer());
        assertEquals(String.valueOf(extent.width), doc.getDocumentElement().getAttribute("width"));
        StringBuilder text = new StringBuilder();
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            text.append(texts.item(i).getTextContent()).append(' ');
        }
        for (DiagramShape s : diagram.getChildren()) {
            String firstWord = ((DiagramGroup) s).getLabel().split("\\s+")[0];
            assertTrue(text.toString().contains(firstWord), firstWord);
        }
        for (DiagramNode n : DiagramTesting.nodes(diagram)) {
            String firstWord = n.getElement().getName().split("\\s+")[0];
            assertTrue(text.toString().contains(firstWord), firstWord);
        }
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").getLength() > DiagramTesting
                .nodes(diagram).size());
        assertTrue(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polyline").getLength() > 0,
                "connections are drawn");
    }

    @Test
    void publishesTheSelectedElementsAndFollowsOtherPartsSelection() throws Exception {
        DiagramNode node = DiagramTesting.nodeOf(diagram, "IOFFICE");
        GraphicalEditPart part = (GraphicalEditPart) DiagramTesting.part(editor, node);
        editor.getViewer().select(part);
        IStructuredSelection published = (IStructuredSelection) editor.getSite().getSelectionProvider()
                .getSelection();
        assertEquals(List.of(node.getElement()), published.toList());

        editor.getViewer().deselectAll();
        IViewPart other = DiagramTesting.page().showView("org.eclipse.ui.views.PropertySheet");
        DiagramNode database = DiagramTesting.nodeOf(diagram, "CSDL-VB");
        editor.selectionChanged(other, new StructuredSelection(database.getElement()));
        assertEquals(List.of(DiagramTesting.part(editor, database)), editor.getViewer().getSelectedEditParts());
    }

    @Test
    void revealsTheFiguresOfAnElement() {
        IElementRevealer revealer = (IElementRevealer) editor.getAdapter(IElementRevealer.class);
        DiagramNode node = DiagramTesting.nodeOf(diagram, "TTDL");
        assertTrue(revealer.reveal(node.getElement()));
        assertEquals(List.of(DiagramTesting.part(editor, node)), editor.getViewer().getSelectedEditParts());
        Database notShown = ArchitectureFactory.eINSTANCE.createDatabase();
        notShown.setName("CSDL mới");
        document.getCommandStack().execute(new org.eclipse.emf.edit.command.AddCommand(document.getEditingDomain(),
                DiagramCommands.folder(document.getModel(), FolderType.DATA), Literals.FOLDER__ITEMS, notShown));
        assertFalse(revealer.reveal(notShown));
    }

    @Test
    void figuresShowTheWorstProblemOfTheirElement() {
        DiagramNode node = DiagramTesting.nodeOf(diagram, "IOFFICE");
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), node.getElement(),
                Literals.NAMED_ELEMENT__NAME, ""));
        document.validate();
        NodeFigure figure = (NodeFigure) ((GraphicalEditPart) DiagramTesting.part(editor, node)).getFigure();
        assertEquals(Severity.ERROR, figure.getSeverity());
        assertTrue(figure.getToolTip().toString().length() > 0);
        for (DiagramNode n : DiagramTesting.nodes(diagram)) {
            NodeFigure f = (NodeFigure) ((GraphicalEditPart) DiagramTesting.part(editor, n)).getFigure();
            assertEquals(document.getProblems().worstOf(n.getElement()), f.getSeverity(), n.getElement().getName());
        }
        document.getCommandStack().undo();
        document.validate();
        assertEquals(null, figure.getSeverity());
    }

    @Test
    void generatesOneLanePerDomainWithEveryElementOnce() {
        Diagram generated = DiagramLayouts.generate(document.getModel(), "x");
        Set<Element> shown = new HashSet<>();
        int elements = 0;
        for (TreeIterator<EObject> it = document.getModel().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element) {
                elements++;
            }
        }
        Set<String> lanes = new HashSet<>();
        for (DiagramShape lane : generated.getChildren()) {
            DiagramGroup group = (DiagramGroup) lane;
            assertTrue(lanes.add(group.getLabel()), "one lane per domain");
            Rectangle inside = new Rectangle(0, 0, group.getWidth(), group.getHeight());
            for (DiagramShape s : group.getChildren()) {
                DiagramNode n = (DiagramNode) s;
                assertTrue(shown.add(n.getElement()));
                assertTrue(inside.contains(new Rectangle(n.getX(), n.getY(), n.getWidth(), n.getHeight())));
                assertSame(Domain.of(n.getElement().eClass()).label(), group.getLabel());
            }
        }
        assertEquals(elements, shown.size());
        assertTrue(lanes.contains(Domain.USERS.label()) && lanes.contains(Domain.INFRASTRUCTURE.label()));
        assertFalse(generated.getConnections().isEmpty());

        int before = DiagramCommands.folder(document.getModel(), FolderType.DIAGRAMS).getItems().size();
        Diagram added = Handlers.createGenerated(document);
        assertSame(DiagramCommands.folder(document.getModel(), FolderType.DIAGRAMS), added.eContainer());
        document.getCommandStack().undo();
        assertEquals(before, DiagramCommands.folder(document.getModel(), FolderType.DIAGRAMS).getItems().size());
    }

    @Test
    void addsElementsFromTheTreeBelowTheContentWithTheirRelationships() {
        Database db = ArchitectureFactory.eINSTANCE.createDatabase();
        db.setName("CSDL đất đai");
        document.getCommandStack().execute(new org.eclipse.emf.edit.command.AddCommand(document.getEditingDomain(),
                DiagramCommands.folder(document.getModel(), FolderType.DATA), Literals.FOLDER__ITEMS, db));
        Element app = DiagramTesting.nodeOf(diagram, "IOFFICE").getElement();
        vn.egov.workbench.architecture.model.Accesses accesses = ArchitectureFactory.eINSTANCE.createAccesses();
        accesses.setSource(app);
        accesses.setTarget(db);
        document.getCommandStack().execute(new org.eclipse.emf.edit.command.AddCommand(document.getEditingDomain(),
                DiagramCommands.folder(document.getModel(), FolderType.RELATIONS), Literals.FOLDER__ITEMS, accesses));
        int connections = diagram.getConnections().size();

        List<DiagramNode> added = editor.addElements(List.of(db, app));
        assertEquals(1, added.size(), "the application is shown already");
        assertSame(db, added.get(0).getElement());
        assertSame(diagram, added.get(0).eContainer());
        assertEquals(connections + 1, diagram.getConnections().size());
        assertSame(accesses, diagram.getConnections().get(connections).getRelationship());
        assertEquals(List.of(DiagramTesting.part(editor, added.get(0)), DiagramTesting.part(editor,
                DiagramTesting.nodeOf(diagram, "IOFFICE"))), editor.getViewer().getSelectedEditParts());
        document.getCommandStack().undo();
        assertEquals(connections, diagram.getConnections().size());
        assertFalse(diagram.getChildren().contains(added.get(0)));
    }

    @Test
    void savesThroughTheModelDocument() throws Exception {
        DiagramNode node = DiagramTesting.nodeOf(diagram, "IOFFICE");
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), node,
                Literals.DIAGRAM_SHAPE__X, 333));
        assertTrue(editor.isDirty());
        editor.doSave(null);
        assertFalse(editor.isDirty());
        boolean found = false;
        for (TreeIterator<EObject> it = ModelFiles.load(document.getFile()).eAllContents(); it.hasNext();) {
            if (it.next() instanceof DiagramNode n && n.getElement() != null
                    && "IOFFICE".equals(n.getElement().getCode())) {
                assertEquals(333, n.getX());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void closesWhenItsDiagramIsDeletedFromTheModel() {
        document.getCommandStack().execute(new RemoveCommand(document.getEditingDomain(), diagram.eContainer(),
                Literals.FOLDER__ITEMS, diagram));
        DiagramTesting.runEvents();
        assertEquals(0, DiagramTesting.page().getEditorReferences().length);
    }

    @Test
    void zoomsToFitAndBack() {
        editor.zoomToFit();
        assertTrue(editor.getZoomManager().getZoom() < 1.0, "the sample is larger than the window");
        editor.getZoomManager().setZoom(1.0);
        editor.getZoomManager().zoomIn();
        assertEquals(1.5, editor.getZoomManager().getZoom());
    }
}
