package vn.egov.workbench.architecture.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
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
        Architecture model = model(n);
        Diagram diagram = DiagramLayouts.generate(model, "benchmark");
        DiagramCommands.folder(model, FolderType.DIAGRAMS).getItems().add(diagram);
        ModelDocument document = ModelDocuments.getDefault().adopt(model, null);
        Shell shell = DiagramTesting.page().getWorkbenchWindow().getShell();
        shell.setSize(1280, 800);
        DiagramTesting.runEvents();
        try {
            assertEquals(n, DiagramTesting.nodes(diagram).size());
            long t0 = System.nanoTime();
            DiagramEditor editor = DiagramTesting.open(diagram);
            FigureCanvas canvas = (FigureCanvas) editor.getViewer().getControl();
            canvas.update();
            double firstFrame = ms(t0);

            long t1 = System.nanoTime();
            canvas.redraw();
            canvas.update();
            double fullRepaint = ms(t1);

            List<Double> scrolls = new ArrayList<>();
            int y = 0;
            for (int i = 0; i < 30; i++) {
                y += 250;
                long t = System.nanoTime();
                canvas.scrollToY(y);
                DiagramTesting.runEvents();
                canvas.update();
                scrolls.add(ms(t));
            }
            Collections.sort(scrolls);
            String report = String.format(Locale.ROOT,
                    "DIAGRAM_BENCHMARK nodes=%d connections=%d open_to_first_frame_ms=%.0f full_repaint_ms=%.1f "
                            + "scroll_repaint_median_ms=%.1f scroll_repaint_max_ms=%.1f (goals: first frame <= 1000 ms,"
                            + " scroll repaint <= 50 ms)%n",
                    n, diagram.getConnections().size(), firstFrame, fullRepaint, scrolls.get(scrolls.size() / 2),
                    scrolls.get(scrolls.size() - 1));
            System.out.print(report);
            String out = System.getProperty("benchmark.out");
            if (out != null) {
                Files.writeString(Path.of(out), report);
            }
        } finally {
            DiagramTesting.closeAll(document);
        }
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /** n elements of every kind in turn, each related to the next one. */
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
            r.setTarget(elements.get((i * 7 + 1) % n));
            relations.getItems().add(r);
        }
        return model;
    }
}
