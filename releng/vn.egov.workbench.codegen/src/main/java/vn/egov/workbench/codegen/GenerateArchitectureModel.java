package vn.egov.workbench.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.Monitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Regenerates the EMF code of the project's models without an IDE: the architecture metamodel (model and edit
 * code), the inspection model (model code only) and the element kinds of the example plug-in
 * {@code examples/vn.egov.workbench.example.smartcity} (model code only), in that order ({@link ModelSpec#ALL}).
 *
 * <pre>
 *   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 mvn -f releng/vn.egov.workbench.codegen/pom.xml -q compile exec:java
 * </pre>
 *
 * <ol>
 * <li>Loads {@code model/architecture.genmodel} of the model bundle and brings it in line with
 *     {@code architecture.ecore} (what the IDE's "Reload" does): new classes and features get their generator
 *     settings, removed ones lose them. The genmodel is saved only if that changed it.</li>
 * <li>Generates model code into the model bundle's {@code src-gen/} and item providers into the edit bundle's
 *     {@code src-gen/} (icons into {@code icons/}, labels merged into {@code plugin.properties}). Existing Java files are
 *     merged by EMF's JMerger, so members marked {@code @generated NOT} keep their hand-written bodies.</li>
 * <li>Never writes {@code META-INF/MANIFEST.MF}, {@code plugin.xml} or {@code build.properties}: those are
 *     hand-written.</li>
 * <li>Cleans: deletes every file under {@code src-gen/} and {@code icons/} that this run did not generate (left over
 *     from classes that were removed or renamed), and drops imports that nothing uses any more (the merger keeps
 *     the old file's imports, also of removed classes).</li>
 * <li>Warns about labels of the edit bundle's {@code plugin.properties} that {@code plugin_vi.properties} lacks.</li>
 * </ol>
 * The only argument is the repository root (default: the current directory).
 */
public final class GenerateArchitectureModel {

    static final String MODEL_BUNDLE = "vn.egov.workbench.architecture.model";
    static final String EDIT_BUNDLE = "vn.egov.workbench.architecture.model.edit";

    private GenerateArchitectureModel() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        long start = System.nanoTime();
        int changes = 0;
        for (ModelSpec spec : ModelSpec.ALL) {
            changes += generate(root, spec);
        }
        System.out.printf("EMF code generated in %d ms: %d file(s) written or deleted.%n",
                (System.nanoTime() - start) / 1_000_000, changes);
    }

    /**
     * One genmodel to generate: the folder of its bundles (bundles, or examples for a plug-in's kinds), its model
     * bundle, and its edit bundle when it has one.
     */
    record ModelSpec(String folder, String modelBundle, String editBundle, String genmodel) {
        static final List<ModelSpec> ALL = List.of(
                new ModelSpec("bundles", MODEL_BUNDLE, EDIT_BUNDLE, "architecture.genmodel"),
                new ModelSpec("bundles", "vn.egov.workbench.inspection.model", null, "inspection.genmodel"),
                // element kinds of the example plug-in: they extend the architecture model's classes
                new ModelSpec("examples", "vn.egov.workbench.example.smartcity", null, "smartcity.genmodel"));

        List<Object> projectTypes() {
            return editBundle == null ? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)
                    : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
        }
    }

    static int generate(Path root, ModelSpec spec) throws IOException {
        Path modelBundle = root.resolve(spec.folder()).resolve(spec.modelBundle());
        Path editBundle = spec.editBundle() == null ? null : root.resolve(spec.folder()).resolve(spec.editBundle());
        for (Path bundle : java.util.Arrays.asList(modelBundle, editBundle)) {
            if (bundle != null && !Files.isDirectory(bundle)) {
                fail("no bundle folder " + bundle + " (the argument must be the repository root)");
            }
        }
        // Stand-alone set-up: resource factories, packages and the workspace paths the genmodel names.
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        EcorePlugin.getPlatformResourceMap().put(spec.modelBundle(), URI.createFileURI(modelBundle + "/"));
        // a genmodel of another plug-in's kinds refers to the architecture model's ecore and genmodel
        EcorePlugin.getPlatformResourceMap().put(MODEL_BUNDLE,
                URI.createFileURI(root.resolve("bundles").resolve(MODEL_BUNDLE) + "/"));
        if (editBundle != null) {
            EcorePlugin.getPlatformResourceMap().put(spec.editBundle(), URI.createFileURI(editBundle + "/"));
        }

        ResourceSet resourceSet = new ResourceSetImpl();
        RecordingURIConverter converter = new RecordingURIConverter();
        resourceSet.setURIConverter(converter);

        URI genModelUri = URI.createPlatformResourceURI(spec.modelBundle() + "/model/" + spec.genmodel(), true);
        Resource genModelResource = resourceSet.getResource(genModelUri, true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);

        // 1. Reconcile the genmodel with the ecore.
        if (!genModel.reconcile()) {
            fail("the genmodel no longer matches any package of the ecore");
        }
        for (GenPackage genPackage : genModel.getGenPackages()) {
            genPackage.initialize(genPackage.getEcorePackage());
        }
        Diagnostic diagnostic = genModel.diagnose();
        report(diagnostic);
        if (diagnostic.getSeverity() == Diagnostic.ERROR) {
            fail("the genmodel has errors");
        }
        int changes = 0;
        if (saveIfChanged(genModelResource, modelBundle.resolve("model/" + spec.genmodel()))) {
            System.out.println("Updated model/" + spec.genmodel() + " from its ecore.");
            changes++;
        }

        // 2. Generate model (and edit) code.
        converter.startRecording();
        genModel.setCanGenerate(true);
        GeneratorAdapterFactory.Descriptor.Registry registry =
                new GeneratorAdapterFactory.Descriptor.DelegatingRegistry();
        registry.addDescriptor(GenModelPackage.eNS_URI, HandWrittenFilesGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator(registry);
        generator.setInput(genModel);
        if (!generator.getJControlModel().canMerge()) {
            fail("EMF's JMerger is not available: code marked @generated NOT would be lost");
        }
        Monitor monitor = new BasicMonitor();
        for (Object projectType : spec.projectTypes()) {
            Diagnostic result = generator.generate(genModel, projectType, monitor);
            report(result);
            if (result.getSeverity() == Diagnostic.ERROR) {
                fail("code generation failed");
            }
        }
        Set<Path> touched = converter.stopRecording();
        changes += converter.written();

        // 3. Clean: whatever the generator did not consider this time is left over from an older model.
        changes += deleteStale(modelBundle.resolve("src-gen"), touched);
        // JMerger keeps every import of the old file, also of classes that no longer exist; stand-alone EMF
        // cannot organize imports, so drop the single-type imports that nothing uses any more.
        changes += removeUnusedImports(modelBundle.resolve("src-gen"));
        if (editBundle != null) {
            changes += deleteStale(editBundle.resolve("src-gen"), touched);
            changes += deleteStale(editBundle.resolve("icons"), touched);
            changes += removeUnusedImports(editBundle.resolve("src-gen"));
            // 4. Vietnamese labels.
            warnMissingTranslations(editBundle.resolve("plugin.properties"), editBundle.resolve("plugin_vi.properties"));
        }
        return changes;
    }

    private static boolean saveIfChanged(Resource resource, Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of());
        byte[] bytes = out.toByteArray();
        if (Files.exists(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
            return false;
        }
        Files.write(file, bytes);
        return true;
    }

    private static int deleteStale(Path dir, Set<Path> touched) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> all;
        try (Stream<Path> files = Files.walk(dir)) {
            all = files.filter(Files::isRegularFile).toList();
        }
        List<Path> stale = all.stream().filter(f -> !touched.contains(f.toAbsolutePath().normalize())).toList();
        if (!all.isEmpty() && stale.size() == all.size()) {
            fail("the generator produced nothing in " + dir + "; refusing to delete it all");
        }
        for (Path file : stale) {
            System.out.println("Deleting stale " + file);
            Files.delete(file);
        }
        try (Stream<Path> dirs = Files.walk(dir)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted(Comparator.reverseOrder()).toList()) {
                try (Stream<Path> entries = Files.list(d)) {
                    if (entries.findAny().isEmpty() && !d.equals(dir)) {
                        Files.delete(d);
                    }
                }
            }
        }
        return stale.size();
    }

    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+([\\w.]+\\.(\\w+))\\s*;[ \\t]*\\R");

    static int removeUnusedImports(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(dir)) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        int changed = 0;
        for (Path file : javaFiles) {
            String source = Files.readString(file);
            String pruned = removeUnusedImports(source);
            if (!pruned.equals(source)) {
                System.out.println("Removing unused imports from " + file);
                Files.writeString(file, pruned);
                changed++;
            }
        }
        return changed;
    }

    /** Removes single-type imports whose simple name occurs nowhere else in the source (code or comments). */
    static String removeUnusedImports(String source) {
        String withoutImports = IMPORT.matcher(source).replaceAll("");
        Matcher matcher = IMPORT.matcher(source);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String simpleName = matcher.group(2);
            boolean used = Pattern.compile("(?<![\\w$])" + Pattern.quote(simpleName) + "(?![\\w$])")
                    .matcher(withoutImports).find();
            matcher.appendReplacement(result, used ? Matcher.quoteReplacement(matcher.group()) : "");
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static void warnMissingTranslations(Path english, Path vietnamese) throws IOException {
        Properties en = load(english);
        Properties vi = load(vietnamese);
        Set<String> missing = new TreeSet<>();
        for (String key : en.stringPropertyNames()) {
            if (!vi.containsKey(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            System.out.println("WARNING: " + vietnamese.getFileName() + " lacks " + missing.size()
                    + " key(s) of plugin.properties: " + missing);
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.exists(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in); // ISO-8859-1, as Equinox reads it
            }
        }
        return properties;
    }

    private static void report(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() != Diagnostic.OK) {
            print(diagnostic, "");
        }
    }

    private static void print(Diagnostic diagnostic, String indent) {
        String severity = switch (diagnostic.getSeverity()) {
            case Diagnostic.ERROR -> "ERROR";
            case Diagnostic.WARNING -> "WARNING";
            case Diagnostic.INFO -> "INFO";
            default -> "OK";
        };
        System.out.println(indent + severity + ": " + diagnostic.getMessage());
        if (diagnostic.getException() != null) {
            diagnostic.getException().printStackTrace(System.out);
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            print(child, indent + "  ");
        }
    }

    private static void fail(String message) {
        System.err.println("ERROR: " + message);
        System.exit(1);
    }

    /** Records every file the generator looks at or writes, so that the files it no longer produces can be found. */
    static final class RecordingURIConverter extends ExtensibleURIConverterImpl {
        private Set<Path> touched;
        private int written;

        void startRecording() {
            touched = new java.util.HashSet<>();
            written = 0;
        }

        Set<Path> stopRecording() {
            Set<Path> result = touched;
            touched = null;
            return result;
        }

        int written() {
            return written;
        }

        private void record(URI uri) {
            if (touched != null) {
                URI file = normalize(uri);
                if (file.isFile()) {
                    touched.add(Path.of(file.toFileString()).toAbsolutePath().normalize());
                }
            }
        }

        @Override
        public boolean exists(URI uri, Map<?, ?> options) {
            record(uri);
            URI png = pngInstead(uri);
            if (png != null && super.exists(png, options)) {
                // the edit bundle's icons are PNGs drawn by releng/scripts/make-icons.sh (ArchitectureEditPlugin
                // asks for .png): keep the PNG and do not create EMF's placeholder GIF beside it
                record(png);
                return true;
            }
            return super.exists(uri, options);
        }

        /** For an item icon {@code icons/full/obj16/X.gif}, the URI of {@code X.png}; otherwise null. */
        private static URI pngInstead(URI uri) {
            String last = uri.lastSegment();
            if (last == null || !last.endsWith(".gif") || !uri.toString().contains("/icons/full/obj16/")) {
                return null;
            }
            return uri.trimSegments(1).appendSegment(last.substring(0, last.length() - ".gif".length()) + ".png");
        }

        @Override
        public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
            record(uri);
            return super.createInputStream(uri, options);
        }

        @Override
        public OutputStream createOutputStream(URI uri, Map<?, ?> options) throws IOException {
            record(uri);
            // a platform:/resource URI comes back here as the file URI it maps to: count that one only
            if (touched != null && uri.isFile()) {
                written++;
                System.out.println("Writing " + uri.toFileString());
            }
            return super.createOutputStream(uri, options);
        }
    }

    /** EMF's generator, except that it leaves the hand-written MANIFEST.MF, plugin.xml and build.properties alone. */
    static final class HandWrittenFilesGeneratorAdapterFactory extends GenModelGeneratorAdapterFactory {
        static final GeneratorAdapterFactory.Descriptor DESCRIPTOR = HandWrittenFilesGeneratorAdapterFactory::new;

        @Override
        public Adapter createGenModelAdapter() {
            if (genModelGeneratorAdapter == null) {
                genModelGeneratorAdapter = new GenModelGeneratorAdapter(this) {
                    @Override
                    protected void generateModelManifest(GenModel genModel, Monitor monitor) {
                        monitor.worked(2);
                    }

                    @Override
                    protected void generateModelBuildProperties(GenModel genModel, Monitor monitor) {
                        monitor.worked(1);
                    }

                    @Override
                    protected void generateEditManifest(GenModel genModel, Monitor monitor) {
                        monitor.worked(2);
                    }

                    @Override
                    protected void generateEditBuildProperties(GenModel genModel, Monitor monitor) {
                        monitor.worked(1);
                    }
                };
            }
            return genModelGeneratorAdapter;
        }
    }
}
