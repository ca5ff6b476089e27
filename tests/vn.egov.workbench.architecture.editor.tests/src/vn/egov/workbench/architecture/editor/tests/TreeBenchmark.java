package vn.egov.workbench.architecture.editor.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.persistence.ModelFiles;

/**
 * Not part of the normal test run (its name matches no Surefire include); run with {@code -Pbenchmark} in this module.
 * For each size ({@code -Dbenchmark.sizes}, default 10,000 and 100,000 elements) the persistence benchmark's model
 * (2 relationships and 3 properties per element, 1,000 items per folder) and a flat variant (every element in one
 * folder) are saved, then each run measures: loading the file, making the model document, opening the editor until
 * the tree has painted its first items, expanding (as a click on the expander does) the element folder, its first
 * sub-folder and that one's first kind group (125 rows nested, an eighth of the model flat), filtering and clearing
 * the filter. Each step runs the event loop until the tree has painted what it shows. Prints a
 * table (medians of {@code -Dbenchmark.runs}) with {@code TREE_BENCHMARK} lines and writes it to
 * {@code -Dbenchmark.out}.
 */
class TreeBenchmark {

    private static final long TIMEOUT_MS = 120_000;

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        EditorTesting.closeAll();
    }

    @Test
    void aLargeModelOpensWithTheTreeVisibleQuickly() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(",")) //$NON-NLS-1$
                .mapToInt(s -> Integer.parseInt(s.trim())).toArray();
        int runs = Integer.getInteger("benchmark.runs", 3);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "TREE_BENCHMARK %s, %s %s, %d cores, -Xmx%d MB, median of %d runs after a warm-up",
                Runtime.version(), System.getProperty("os.name"), SWT.getPlatform(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, runs));
        lines.add("TREE_BENCHMARK | elements | layout | file MB | load ms | document ms | editor+tree painted ms | open total ms | expand ms | filter ms | clear filter ms |");
        lines.add("TREE_BENCHMARK |---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        Path warm = save(Math.min(sizes[0], 10_000), 1000);
        run(warm, 1000); // class loading and JIT, not reported
        for (int size : sizes) {
            for (int perFolder : new int[] { 1000, size }) {
                Path file = save(size, perFolder);
                long[][] times = new long[runs][];
                for (int i = 0; i < runs; i++) {
                    times[i] = run(file, perFolder);
                    System.out.println("TREE_BENCHMARK run " + (i + 1) + " of " + size + "/" + perFolder + ": " + Arrays.toString(times[i]));
                }
                lines.add(String.format(Locale.ROOT, "TREE_BENCHMARK | %,d | %s | %.1f | %d | %d | %d | %d | %d | %d | %d |", size,
                        perFolder == size ? "one flat folder" : "1,000 per folder", Files.size(file) / 1e6,
                        median(times, 0), median(times, 1), median(times, 2), median(times, 3), median(times, 4),
                        median(times, 5), median(times, 6)));
                Files.delete(file);
            }
        }
        lines.add("TREE_BENCHMARK goal: 100,000 elements open with the tree visible in <= 2000 ms (open total = load + document + editor)");
        lines.forEach(System.out::println);
        String out = System.getProperty("benchmark.out");
        if (out != null) {
            Files.write(Path.of(out), lines);
        }
    }

    private Path save(int elements, int perFolder) throws Exception {
        Path file = dir.resolve("model-" + elements + "-" + perFolder + ".egov");
        ModelFiles.save(BenchmarkModel.generate(elements, perFolder), file);
        return file;
    }

    private static long median(long[][] times, int column) {
        long[] sorted = Arrays.stream(times).mapToLong(t -> t[column]).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** @return load, document, editor painted, open total, expand, filter and clear-filter times in ms */
    private long[] run(Path file, int perFolder) throws Exception {
        EditorTesting.closeAll();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.println("TREE_BENCHMARK heap in use before the run: " + ((rt.totalMemory() - rt.freeMemory()) >> 20) + " MB"); //$NON-NLS-1$ //$NON-NLS-2$
        long t0 = System.nanoTime();
        Architecture model = ModelFiles.load(file);
        long t1 = System.nanoTime();
        ModelDocument document = ModelDocuments.getDefault().adopt(model, file);
        long t2 = System.nanoTime();
        ModelEditor editor = ModelEditor.open(EditorTesting.page(), document);
        Tree tree = editor.getTreeViewer().getTree();
        paintedWhen(tree, () -> tree.getItemCount() > 0 && firstChildHasData(tree.getItem(0)));
        long t3 = System.nanoTime();

        // the folder with the most children: the element root's first sub-folder, then its largest kind group
        Folder root = model.getFolders().get(0);
        Folder group = root.getFolders().get(0);
        long t4 = System.nanoTime();
        expandAsTheUserDoes(tree, root);
        expandAsTheUserDoes(tree, group);
        Object kind = editor.getContentProvider().children(group).get(0);
        expandAsTheUserDoes(tree, kind);
        paintedWhen(tree, () -> expandedWithData(tree, kind));
        long t5 = System.nanoTime();
        assertEquals(Math.min(perFolder, model.getFolders().get(0).getFolders().get(0).getItems().size()) / 8,
                editor.getContentProvider().children(kind).size(), "8 kinds, one group each");

        String wanted = "Phần tử số 4242"; //$NON-NLS-1$
        long t6 = System.nanoTime();
        editor.setFilter("phan tu so 4242"); // without diacritics, as users type
        paintedWhen(tree, () -> anyShown(tree, o -> o instanceof NamedElement n && wanted.equals(n.getName())));
        long t7 = System.nanoTime();
        assertTrue(EditorTesting.shownTexts(tree).contains(wanted), "the filter finds it");

        long t8 = System.nanoTime();
        editor.setFilter("");
        paintedWhen(tree, () -> tree.getItemCount() > 0 && firstChildHasData(tree.getItem(0)));
        long t9 = System.nanoTime();
        return new long[] { ms(t0, t1), ms(t1, t2), ms(t2, t3), ms(t0, t3), ms(t4, t5), ms(t6, t7), ms(t8, t9) };
    }

    /**
     * A click on the item's expander: SWT's Expand event, then the expansion. (The viewer's setExpandedState would
     * also give every child its data at once, which the user's click does not.)
     */
    private static void expandAsTheUserDoes(Tree tree, Object element) {
        paintedWhen(tree, () -> find(tree.getItems(), o -> o == element) != null);
        TreeItem item = find(tree.getItems(), o -> o == element);
        Event event = new Event();
        event.item = item;
        tree.notifyListeners(SWT.Expand, event);
        item.setExpanded(true);
    }

    private static boolean firstChildHasData(TreeItem item) {
        return item.getData() != null && item.getExpanded() && item.getItemCount() > 0 && item.getItem(0).getData() != null;
    }

    private static boolean expandedWithData(Tree tree, Object element) {
        TreeItem item = find(tree.getItems(), o -> o == element);
        return item != null && firstChildHasData(item);
    }

    private static boolean anyShown(Tree tree, java.util.function.Predicate<Object> test) {
        return find(tree.getItems(), test) != null;
    }

    /** Searches only items that already have their data (asking for the text would materialise them). */
    private static TreeItem find(TreeItem[] items, java.util.function.Predicate<Object> test) {
        for (TreeItem item : items) {
            Object data = item.getData();
            if (data != null && test.test(data)) {
                return item;
            }
            if (data != null && item.getExpanded()) {
                TreeItem found = find(item.getItems(), test);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Runs the event loop until {@code ready} holds and the tree has painted after that, then until no events are
     * pending (the paint is done).
     */
    private static void paintedWhen(Tree tree, BooleanSupplier ready) {
        Display display = tree.getDisplay();
        boolean[] painted = { false };
        Listener onPaint = e -> {
            if (e.widget == tree) {
                painted[0] = true;
            }
        };
        display.addFilter(SWT.Paint, onPaint);
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        try {
            boolean wasReady = false;
            while (true) {
                if (!wasReady && ready.getAsBoolean()) {
                    wasReady = true;
                    painted[0] = false;
                    tree.redraw(); // a paint after the items exist, if none is queued
                }
                if (wasReady && painted[0]) {
                    break;
                }
                if (!display.readAndDispatch()) {
                    Thread.onSpinWait();
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("the tree did not paint its items within " + TIMEOUT_MS + " ms");
                }
            }
            EditorTesting.runEvents();
        } finally {
            display.removeFilter(SWT.Paint, onPaint);
        }
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
