package vn.egov.workbench.example.smartcity.internal.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.palette.CombinedTemplateCreationEntry;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.diagram.DiagramEditors;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.example.smartcity.model.IoTPlatform;
import vn.egov.workbench.example.smartcity.model.SmartcityPackage;

/** The example's IoT platform kind in the real model tree and diagram editor (no change in their bundles). */
class IoTPlatformEditorsTest {

    private static final Path SAMPLE = Path.of(System.getProperty("workbench.root"),
            "examples/vn.egov.workbench.example.smartcity/samples/smartcity-iot.egov");

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        page().closeAllEditors(false);
        runEvents();
        for (ModelDocument d : ModelDocuments.getDefault().getDocuments()) {
            d.close();
        }
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static void runEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }

    private ModelDocument openCopy() throws Exception {
        Path file = dir.resolve("iot.egov");
        Files.copy(SAMPLE, file);
        return ModelDocuments.getDefault().open(file);
    }

    private static Folder folder(ModelDocument document, FolderType type) {
        return document.getModel().getFolders().stream().filter(f -> f.getFolderType() == type).findFirst()
                .orElseThrow();
    }

    private static List<MenuItem> show(Menu menu) {
        menu.notifyListeners(SWT.Show, new Event());
        runEvents();
        return Arrays.asList(menu.getItems());
    }

    private static String text(MenuItem item) {
        return item.getText().replace("&", "");
    }

    @Test
    void theTechnologyFoldersNewMenuCreatesAnIoTPlatform() throws Exception {
        ModelDocument document = openCopy();
        ModelEditor editor = ModelEditor.open(page(), document);
        runEvents();
        Folder technology = folder(document, FolderType.TECHNOLOGY);
        editor.select(List.of(technology));
        runEvents();
        MenuItem newItem = show(editor.getTreeViewer().getTree().getMenu()).stream()
                .filter(i -> text(i).equals("New")).findFirst().orElseThrow();
        List<MenuItem> kinds = show(newItem.getMenu());
        List<String> labels = kinds.stream().map(IoTPlatformEditorsTest::text).toList();
        assertTrue(labels.contains("IoT platform") && labels.contains("Infrastructure"), labels.toString());
        assertNotNull(kinds.get(labels.indexOf("IoT platform")).getImage(), "the contributed icon");

        int before = technology.getItems().size();
        kinds.get(labels.indexOf("IoT platform")).notifyListeners(SWT.Selection, new Event());
        runEvents();
        assertEquals(before + 1, technology.getItems().size());
        assertTrue(technology.getItems().get(before) instanceof IoTPlatform);
        document.getCommandStack().undo();
        assertEquals(before, technology.getItems().size());
    }

    @Test
    void thePaletteOffersTheKindAndItsNodeIsAHexagon() throws Exception {
        ModelDocument document = openCopy();
        IoTPlatform iot = (IoTPlatform) folder(document, FolderType.TECHNOLOGY).getItems().get(0);
        Diagram diagram = ArchitectureFactory.eINSTANCE.createDiagram();
        diagram.setName("IoT");
        DiagramNode node = ArchitectureFactory.eINSTANCE.createDiagramNode();
        node.setElement(iot);
        node.setX(20);
        node.setY(20);
        node.setWidth(160);
        node.setHeight(60);
        diagram.getChildren().add(node);
        folder(document, FolderType.DIAGRAMS).getItems().add(diagram);
        DiagramEditor editor = DiagramEditors.open(page(), diagram);
        runEvents();

        List<CombinedTemplateCreationEntry> entries = new ArrayList<>();
        collect(editor.getViewer().getEditDomain().getPaletteViewer().getPaletteRoot(), entries);
        CombinedTemplateCreationEntry entry = entries.stream().filter(e -> e.getLabel().equals("IoT platform"))
                .findFirst().orElseThrow(() -> new AssertionError(entries.stream().map(e -> e.getLabel()).toList()));
        assertEquals(SmartcityPackage.Literals.IO_TPLATFORM, entry.getTemplate());
        assertNotNull(entry.getSmallIcon());

        IFigure figure = ((GraphicalEditPart) editor.getViewer().getEditPartRegistry().get(node)).getFigure();
        assertEquals("HEXAGON", String.valueOf(figure.getClass().getMethod("getShape").invoke(figure)));
        // painted: the contributed colour inside, the background where a hexagon cuts the box's corners
        Rectangle b = figure.getBounds();
        Image image = new Image(Display.getCurrent(), b.width, b.height);
        GC gc = new GC(image);
        gc.setBackground(Display.getCurrent().getSystemColor(SWT.COLOR_WHITE));
        gc.fillRectangle(0, 0, b.width, b.height);
        SWTGraphics graphics = new SWTGraphics(gc);
        graphics.translate(-b.x, -b.y);
        figure.paint(graphics);
        graphics.dispose();
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        RGB fill = new RGB(0xB9, 0xE6, 0xD3);
        assertEquals(fill, data.palette.getRGB(data.getPixel(6, b.height / 2)), "inside, near the left point");
        assertEquals(new RGB(255, 255, 255), data.palette.getRGB(data.getPixel(8, 2)), "outside, by a cut corner");
        assertEquals(fill, data.palette.getRGB(data.getPixel(b.width / 2, 4)), "inside, below the top edge");
    }

    private static void collect(PaletteContainer container, List<CombinedTemplateCreationEntry> entries) {
        for (Object child : container.getChildren()) {
            if (child instanceof CombinedTemplateCreationEntry e) {
                entries.add(e);
            } else if (child instanceof PaletteContainer c) {
                collect(c, entries);
            }
        }
    }
}
