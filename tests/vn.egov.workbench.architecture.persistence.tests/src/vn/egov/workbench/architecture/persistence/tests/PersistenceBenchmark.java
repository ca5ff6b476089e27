package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.EgovResource;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.Validator;

/**
 * Load and save times of generated models through the .egov resource and two baselines, in one JVM, and the time
 * the validation bundle's {@link Validator} (all built-in rules) takes over the loaded .egov model.
 * Not a test: it runs only with {@code -Pbenchmark} (see this fragment's pom.xml) and prints a table.
 */
class PersistenceBenchmark {

    /** One way of storing a model. */
    private interface Format {
        String name();

        String extension();

        /** Puts the model into a resource of this format (not timed). */
        void adopt(Architecture model, Path file);

        void save(Architecture model, Path file) throws IOException;

        EObject load(Path file) throws IOException;
    }

    private static final Format EGOV = new Format() {
        public String name() {
            return "egov (ours)";
        }

        public String extension() {
            return "egov";
        }

        public void adopt(Architecture model, Path file) {
            new EgovResource(URI.createFileURI(file.toString())).getContents().add(model);
        }

        public void save(Architecture model, Path file) throws IOException {
            ModelFiles.save(model, file);
        }

        public EObject load(Path file) throws IOException {
            return ModelFiles.load(file);
        }
    };

    /** What Archi does: XMI, intrinsic ID map, deferred IDREF resolution, UTF-8. */
    private static final Format ARCHI_XMI = new Format() {
        public String name() {
            return "XMI, Archi options";
        }

        public String extension() {
            return "xmi";
        }

        private Resource resource(Path file) {
            XMIResourceImpl resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
            resource.setIntrinsicIDToEObjectMap(new HashMap<>());
            resource.getDefaultLoadOptions().put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
            resource.getDefaultSaveOptions().put(XMLResource.OPTION_ENCODING, "UTF-8");
            return resource;
        }

        public void adopt(Architecture model, Path file) {
            resource(file).getContents().add(model);
        }

        public void save(Architecture model, Path file) throws IOException {
            model.eResource().save(null);
        }

        public EObject load(Path file) throws IOException {
            Resource resource = resource(file);
            resource.load(null);
            return resource.getContents().get(0);
        }
    };

    private static final Format BINARY = new Format() {
        public String name() {
            return "EMF binary";
        }

        public String extension() {
            return "bin";
        }

        public void adopt(Architecture model, Path file) {
            new BinaryResourceImpl(URI.createFileURI(file.toString())).getContents().add(model);
        }

        public void save(Architecture model, Path file) throws IOException {
            model.eResource().save(null);
        }

        public EObject load(Path file) throws IOException {
            Resource resource = new BinaryResourceImpl(URI.createFileURI(file.toString()));
            resource.load(null);
            return resource.getContents().get(0);
        }
    };

    /** The formats named in -Dbenchmark.formats (egov, xmi, binary; all by default). */
    private static final List<Format> FORMATS = Arrays.stream(System.getProperty("benchmark.formats", "egov,xmi,binary")
            .split(",")).map(String::trim).map(name -> switch (name) {
                case "egov" -> EGOV;
                case "xmi" -> ARCHI_XMI;
                case "binary" -> BINARY;
                default -> throw new IllegalArgumentException("unknown benchmark format " + name);
            }).toList();

    /** validate and problems are NaN / -1 for the baselines: validation does not depend on the format. */
    private record Row(int elements, String format, double fileMb, double save, double load, double validate,
            int problems, double heapMb) {
    }

    @Test
    void run() throws Exception {
        int[] sizes = Arrays.stream(System.getProperty("benchmark.sizes", "10000,100000").split(","))
                .map(String::trim).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("benchmark.runs", 3);
        Path dir = Files.createTempDirectory("egov-benchmark");
        try {
            System.out.println("warming up ...");
            for (int i = 0; i < 3; i++) {
                measure(20_000, 2, dir);
            }
            List<Row> rows = new ArrayList<>();
            for (int size : sizes) {
                System.out.println("measuring " + size + " elements ...");
                rows.addAll(measure(size, runs, dir));
            }
            String table = table(rows, runs);
            System.out.println(table);
            String out = System.getProperty("benchmark.out");
            if (out != null) {
                Files.writeString(Path.of(out), table);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static List<Row> measure(int size, int runs, Path dir) throws IOException {
        Architecture model = BenchmarkModels.generate(size);
        long objects = count(model);
        List<Row> rows = new ArrayList<>();
        for (Format format : FORMATS) {
            Path file = dir.resolve("model-" + size + "." + format.extension());
            format.adopt(model, file);
            double[] saves = new double[runs];
            for (int r = 0; r < runs; r++) {
                gc();
                long start = System.nanoTime();
                format.save(model, file);
                saves[r] = seconds(start);
            }
            double[] loads = new double[runs];
            double[] validations = new double[runs];
            int problems = -1;
            double heap = 0;
            for (int r = 0; r < runs; r++) {
                gc();
                long before = usedHeap();
                long start = System.nanoTime();
                EObject loaded = format.load(file);
                loads[r] = seconds(start);
                if (r == 0) {
                    gc();
                    heap = (usedHeap() - before) / 1e6;
                    assertTrue(count(loaded) == objects, format.name() + " loaded every object");
                }
                if (format == EGOV) {
                    gc();
                    start = System.nanoTime();
                    List<Problem> found = Validator.validate((Architecture) loaded);
                    validations[r] = seconds(start);
                    problems = found.size();
                }
                loaded.eResource().unload();
                loaded = null;
            }
            rows.add(new Row(size, format.name(), Files.size(file) / 1e6, median(saves), median(loads),
                    format == EGOV ? median(validations) : Double.NaN, problems, heap));
            Files.deleteIfExists(ModelFiles.backupOf(file));
            Files.delete(file);
        }
        return rows;
    }

    private static long count(EObject root) {
        long n = 1;
        for (var i = EcoreUtil.<EObject>getAllProperContents(root, false); i.hasNext(); i.next()) {
            n++;
        }
        return n;
    }

    private static String table(List<Row> rows, int runs) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nPersistence benchmark: %s, %d cores, max heap %d MB, median of %d runs%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, runs));
        out.append("each element: 3 properties; 2 relationships per element; validate: Validator.validate (every built-in"
                + " rule) on the loaded .egov model, which does not depend on the format\n\n");
        out.append("| elements | relationships | format | file MB | save s | load s | validate s (problems) | heap after load MB |\n");
        out.append("|---:|---:|---|---:|---:|---:|---:|---:|\n");
        Map<String, Double> load = new HashMap<>();
        for (Row row : rows) {
            String validate = Double.isNaN(row.validate()) ? "–"
                    : String.format(Locale.ROOT, "%.3f (%,d)", row.validate(), row.problems());
            out.append(String.format(Locale.ROOT, "| %,d | %,d | %s | %.1f | %.3f | %.3f | %s | %.0f |%n", row.elements(),
                    2L * row.elements(), row.format(), row.fileMb(), row.save(), row.load(), validate, row.heapMb()));
            load.put(row.format() + row.elements(), row.load());
        }
        out.append('\n');
        for (Row row : rows) {
            if (row.format().equals(EGOV.name())) {
                Double archi = load.get(ARCHI_XMI.name() + row.elements());
                if (archi == null) {
                    continue;
                }
                out.append(String.format(Locale.ROOT, "%,d elements: egov load / Archi-style load = %.2f%n",
                        row.elements(), row.load() / archi));
            }
        }
        Row small = null;
        Row big = null;
        for (Row row : rows) {
            if (row.format().equals(EGOV.name()) && row.elements() == 100_000) {
                small = row;
            } else if (row.format().equals(EGOV.name()) && row.elements() == 1_000_000) {
                big = row;
            }
        }
        if (small != null && big != null) {
            out.append(String.format(Locale.ROOT, "egov 1M / 100k (goal <= 11): load %.1f, save %.1f, validate %.1f%n",
                    big.load() / small.load(), big.save() / small.save(), big.validate() / small.validate()));
        }
        return out.toString();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static long usedHeap() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static void gc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
    }
}
