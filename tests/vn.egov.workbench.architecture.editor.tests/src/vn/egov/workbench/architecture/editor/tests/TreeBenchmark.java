package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Tree;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.persistence.ModelFiles;

/**
 * Not part of the normal test run (its name matches no Surefire include); run with
 * {@code mvn verify -Pbenchmark} in this module. A generated model (default 100,000 elements in 10 domain folders,
 * one relationship per element) is opened in the model editor; the time until the tree is painted is measured, then
 * expanding the largest group and filtering. Prints {@code TREE_BENCHMARK} lines and writes them to
 * {@code -Dbenchmark.out}.
 */
class TreeBenchmark {

    private static final FolderType[] DOMAINS = { FolderType.ORGANISATION, FolderType.STAKEHOLDERS,
            FolderType.ACCESS_CHANNELS, FolderType.BUSINESS, FolderType.DATA, FolderType.APPLICATION,
            FolderType.TECHNOLOGY, FolderType.SECURITY, FolderType.POLICIES, FolderType.PROJECTS };

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        EditorTesting.closeAll();
    }

    @Test
    void aLargeModelOpensWithTheTreeVisibleQuickly() throws Exception {
        int elements = Integer.getInteger("benchmark.elements", 100_000);
        int runs = Integer.getInteger("benchmark.runs", 3);
        Path file = dir.resolve("large.egov");
        ModelFiles.save(generate(elements), file);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "TREE_BENCHMARK model %d elements, %d relationships, %.1f MB", elements,
                elements, Files.size(file) / 1e6));
        run(file, true); // warm-up: class loading and JIT, not reported
        long[][] times = new long[runs][];
        for (int i = 0; i < runs; i++) {
            times[i] = run(file, false);
            lines.add(String.format(Locale.ROOT,
                    "TREE_BENCHMARK run %d: load %d ms, editor and tree painted %d ms, open total %d ms, expand largest group %d ms, filter %d ms",
                    i + 1, times[i][0], times[i][1], times[i][0] + times[i][1], times[i][2], times[i][3]));
        }
        long[] totals = Arrays.stream(times).mapToLong(t -> t[0] + t[1]).sorted().toArray();
        long[] trees = Arrays.stream(times).mapToLong(t -> t[1]).sorted().toArray();
        lines.add(String.format(Locale.ROOT, "TREE_BENCHMARK median: open total %d ms (goal <= 2000), of which editor and tree %d ms",
                totals[runs / 2], trees[runs / 2]));
        lines.forEach(System.out::println);
        String out = System.getProperty("benchmark.out");
        if (out != null) {
            Files.write(Path.of(out), lines);
        }
        assertTrue(totals[runs / 2] > 0);
    }

    /** @return load, editor+paint, expand and filter times in ms */
    private long[] run(Path file, boolean warmUp) throws Exception {
        EditorTesting.closeAll();
        System.gc();
        long t0 = System.nanoTime();
        ModelDocument document = ModelDocuments.getDefault().open(file);
        long t1 = System.nanoTime();
        ModelEditor editor = ModelEditor.open(EditorTesting.page(), document);
        Tree tree = editor.getTreeViewer().getTree();
        EditorTesting.runEvents();
        tree.update(); // painted
        long t2 = System.nanoTime();
        assertTrue(tree.getItem(0).getItemCount() == DOMAINS.length + 1);

        Folder applications = document.getModel().getFolders().get(Arrays.asList(DOMAINS).indexOf(FolderType.APPLICATION));
        Object group = editor.getContentProvider().children(applications).get(0);
        long t3 = System.nanoTime();
        editor.getTreeViewer().setExpandedState(applications, true);
        editor.getTreeViewer().setExpandedState(group, true);
        EditorTesting.runEvents();
        tree.update();
        long t4 = System.nanoTime();

        long t5 = System.nanoTime();
        editor.setFilter("ung dung 4242");
        EditorTesting.runEvents();
        tree.update();
        long t6 = System.nanoTime();
        assertTrue(EditorTesting.shownTexts(tree).stream().anyMatch(s -> s.startsWith("Ứng dụng 4242")), "the filter finds it");
        return new long[] { ms(t0, t1), ms(t1, t2), ms(t3, t4), ms(t5, t6) };
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** Applications in one folder, databases spread over the domain folders, one relationship per element. */
    static Architecture generate(int elements) throws IOException {
        ArchitectureFactory f = ArchitectureFactory.eINSTANCE;
        Architecture model = f.createArchitecture();
        model.setName("Mô hình lớn");
        List<Folder> folders = new ArrayList<>();
        for (FolderType type : DOMAINS) {
            Folder folder = f.createFolder();
            folder.setFolderType(type);
            folder.setName(type.getName());
            model.getFolders().add(folder);
            folders.add(folder);
        }
        Folder relations = f.createFolder();
        relations.setFolderType(FolderType.RELATIONS);
        relations.setName("Quan hệ");
        model.getFolders().add(relations);
        EClass[] kinds = { ArchitecturePackage.Literals.APPLICATION, ArchitecturePackage.Literals.DATABASE };
        List<Element> created = new ArrayList<>(elements);
        for (int i = 0; i < elements; i++) {
            Element e = (Element) EcoreUtil.create(kinds[i % 2]);
            e.setName((i % 2 == 0 ? "Ứng dụng " : "Cơ sở dữ liệu ") + i);
            e.setCode("E" + i);
            // every application in the application folder (a group of half the model), databases spread out
            folders.get(i % 2 == 0 ? 5 : (i / 2) % folders.size()).getItems().add(e);
            created.add(e);
        }
        for (int i = 1; i < elements; i++) {
            Relationship r = f.createServes();
            r.setSource(created.get(i));
            r.setTarget(created.get(i / 2));
            relations.getItems().add(r);
        }
        return model;
    }
}
