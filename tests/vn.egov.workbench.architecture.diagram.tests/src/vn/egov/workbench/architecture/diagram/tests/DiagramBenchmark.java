package vn.egov.workbench.architecture.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.diagram.DiagramEditors;
import vn.egov.workbench.architecture.diagram.internal.DiagramLayouts;
import vn.egov.workbench.architecture.diagram.internal.Kinds;
import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * Not part of the normal test run (its name does not end in Test); run with -Pbenchmark. Opens a generated diagram
 * of N nodes (default 2,000) and one relationship per node in the editor, and prints the time to the first painted
 * frame and the repaint time after scrolling. Goals (issue 4): first frame ≤ 1 s, repaint after a scroll ≤ 50 ms.
 */
class DiagramBenchmark {

    @Test
    void paintsALargeDiagram() throws Exception {
        int n = Integer.getInteger("benchmark.nodes", 2000);
        Shell shell = DiagramTesting.page().getWorkbenchWindow().getShell();
        shell.setSize(1280, 800);
        DiagramTesting.runEvents();
        run(100, false); // warm-up: class loading, the palette's first build, JIT
        String report = run(n, true);
        System.out.print(report);
        String out = System.getProperty("benchmark.out");
        if (out != null) {
            Files.writeString(Path.of(out), report);
        }
    }

    /**
     * Opens a diagram of n nodes and measures: the editor open (edit parts and figures made), the first frame (layout
     * and the paint of the visible area), and the repaint of the visible area after each of 30 scrolls. Painting is
     * timed by painting the canvas's figures into an image the size of the canvas, because on GTK 3 a paint
     * event's timing is up to the compositor.
     */
    private static String run(int n, boolean report) throws Exception {
        Architecture model = model(n);
        Diagram diagram = DiagramLayouts.generate(model, "benchmark");
        DiagramCommands.folder(model, FolderType.DIAGRAMS).getItems().add(diagram);
        ModelDocument document = ModelDocuments.getDefault().adopt(model, null);
        try {
            assertEquals(n, DiagramTesting.nodes(diagram).size());
            long t0 = System.nanoTime();
            DiagramEditor editor = DiagramEditors.open(DiagramTesting.page(), diagram);
            double open = ms(t0);
            FigureCanvas canvas = (FigureCanvas) editor.getViewer().getControl();
            DiagramTesting.runEvents(); // SWT lays the editor out; draw2d validates and paints
            double validated = ms(t0);
            double firstPaint = paint(canvas);
            double firstFrame = ms(t0);

            List<Double> scrolls = new ArrayList<>();
            List<Double> paints = new ArrayList<>();
            int y = 0;
            for (int i = 0; i < 30; i++) {
                y += 250;
                long t = System.nanoTime();
                canvas.scrollToY(y);
                double scrolled = ms(t);
                canvas.getLightweightSystem().getUpdateManager().performValidation();
                double validatedAfter = ms(t);
                double painted = paint(canvas);
                scrolls.add(ms(t));
                paints.add(painted);
                if (report && i < 3) {
                    System.out.printf(Locale.ROOT, "scroll %d: scrollTo %.1f ms, validated %.1f ms, paint %.1f ms, canvas %s%n",
                            i, scrolled, validatedAfter, painted, canvas.getClientArea());
                }
            }
            Collections.sort(scrolls);
            Collections.sort(paints);
            return String.format(Locale.ROOT,
                    "DIAGRAM_BENCHMARK nodes=%d connections=%d editor_open_ms=%.0f events_done_ms=%.0f "
                            + "first_paint_ms=%.1f open_to_first_frame_ms=%.0f scroll_paint_median_ms=%.1f scroll_paint_max_ms=%.1f "
                            + "scroll_total_median_ms=%.1f scroll_total_max_ms=%.1f "
                            + "(goals: first frame <= 1000 ms, repaint after a scroll <= 50 ms)%n",
                    n, diagram.getConnections().size(), open, validated, firstPaint, firstFrame,
                    paints.get(paints.size() / 2), paints.get(paints.size() - 1), scrolls.get(scrolls.size() / 2),
                    scrolls.get(scrolls.size() - 1));
        } finally {
            DiagramTesting.closeAll(document);
        }
    }

    /** Paints what the canvas shows into an image of its size; returns the milliseconds it took. */
    private static double paint(FigureCanvas canvas) {
        org.eclipse.swt.graphics.Rectangle size = canvas.getClientArea();
        if (image == null || image.getBounds().width != size.width || image.getBounds().height != size.height) {
            if (image != null) {
                image.dispose();
            }
            image = new Image(canvas.getDisplay(), Math.max(1, size.width), Math.max(1, size.height));
        }
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            long t = System.nanoTime();
            canvas.getLightweightSystem().getRootFigure().paint(graphics);
            return ms(t);
        } finally {
            graphics.dispose();
            gc.dispose();
        }
    }

    /** The image timed paints go into, made once so that its making is not timed. */
    private static Image image;

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * n elements of every kind in turn, each related to one a few places further on (so mostly to a neighbour in
     * its lane, as in real diagrams; -Dbenchmark.longLines=true relates each to a far one instead, the worst case).
     */
    private static Architecture model(int n) {
        ArchitectureFactory f = ArchitectureFactory.eINSTANCE;
        Architecture model = f.createArchitecture();
        model.setName("benchmark");
        for (FolderType type : FolderType.values()) {
            Folder folder = f.createFolder();
            folder.setFolderType(type);
            folder.setName(type.getName());
            model.getFolders().add(folder);
        }
        List<EClass> kinds = Kinds.concreteSubclasses(Literals.ELEMENT);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            EClass kind = kinds.get(i % kinds.size());
            Element e = (Element) EcoreUtil.create(kind);
            e.setName(kind.getName() + " " + i + " của tỉnh");
            DiagramCommands.folderFor(model, kind).getItems().add(e);
            elements.add(e);
        }
        Folder relations = DiagramCommands.folder(model, FolderType.RELATIONS);
        for (int i = 0; i + 1 < n; i++) {
            Relationship r = f.createServes();
            r.setSource(elements.get(i));
            r.setTarget(elements.get(Boolean.getBoolean("benchmark.longLines") ? (i * 7 + 1) % n : i + 1));
            relations.getItems().add(r);
        }
        return model;
    }
}
