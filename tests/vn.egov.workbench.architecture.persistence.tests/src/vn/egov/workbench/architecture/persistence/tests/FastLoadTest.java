package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.impl.ArchitectureObjectImpl;
import vn.egov.workbench.architecture.persistence.EgovResource;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelFormat;
import vn.egov.workbench.architecture.persistence.internal.FastLoad;
import vn.egov.workbench.architecture.persistence.internal.ResourceOptions;

/** The fast load path reads what the writer writes exactly as EMF's loader does, and declines everything else. */
class FastLoadTest {

    private static final String NS = ArchitecturePackage.eNS_URI;

    @TempDir
    Path dir;

    private static EObject fast(Path file) throws IOException {
        ArchitectureObjectImpl.setLoading(true);
        try (InputStream in = Files.newInputStream(file)) {
            return FastLoad.read(in, ModelFormat.CURRENT_VERSION, new HashMap<>());
        } finally {
            ArchitectureObjectImpl.setLoading(false);
        }
    }

    /** Through EMF's SAX handler, as before the fast path existed. */
    private static EObject emf(Path file) throws IOException {
        EgovResource resource = new EgovResource(URI.createFileURI(file.toString()));
        ArchitectureObjectImpl.setLoading(true);
        try (InputStream in = Files.newInputStream(file)) {
            resource.load(in, ResourceOptions.loadOnce(ModelFormat.CURRENT_VERSION));
        } finally {
            ArchitectureObjectImpl.setLoading(false);
        }
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        return resource.getContents().get(0);
    }

    private static void assertSameModel(EObject expected, EObject actual) {
        assertTrue(new EcoreUtil.EqualityHelper().equals(expected, actual), "same model from both loaders");
    }

    @Test
    void readsEveryKindLikeEmf() throws Exception {
        Architecture model = SampleModels.everyKind();
        assertTrue(!model.getDisabledRules().isEmpty(), "a many-valued attribute is in the file");
        Path file = dir.resolve("mọi-loại.egov");
        ModelFiles.save(model, file);
        EObject fast = fast(file);
        assertSameModel(emf(file), fast);
        assertSameModel(model, fast);
    }

    @Test
    void readsTheShippedSamplesLikeEmf() throws Exception {
        String root = System.getProperty("workbench.root");
        assertTrue(root != null, "run with -Dworkbench.root");
        for (String name : new String[] { "bundles/vn.egov.workbench.architecture.samples/samples/kontum-2.0.egov",
                "bundles/vn.egov.workbench.architecture.samples/samples/empty.egov" }) {
            Path file = Path.of(root, name);
            assertSameModel(emf(file), fast(file));
            assertSameModel(emf(file), ModelFiles.load(file));
        }
    }

    @Test
    void generatedModelsLoadLikeEmfAndFillTheIdMap() throws Exception {
        Architecture model = BenchmarkModels.generate(2000);
        Path file = dir.resolve("gen.egov");
        ModelFiles.save(model, file);
        Architecture loaded = ModelFiles.load(file);
        assertSameModel(emf(file), loaded);
        EObject some = loaded.eAllContents().next();
        String id = EcoreUtil.getID(some);
        assertEquals(some, loaded.eResource().getEObject(id), "the resource finds objects by id");
        Map<String, EObject> ids = new HashMap<>();
        ArchitectureObjectImpl.setLoading(true);
        try (InputStream in = Files.newInputStream(file)) {
            FastLoad.read(in, ModelFormat.CURRENT_VERSION, ids);
        } finally {
            ArchitectureObjectImpl.setLoading(false);
        }
        long identified = 1;
        for (var it = loaded.eAllContents(); it.hasNext();) {
            if (EcoreUtil.getID(it.next()) != null) {
                identified++;
            }
        }
        assertEquals(identified, ids.size(), "every object with an id");
    }

    private Path write(String name, String attributes, String body) throws IOException {
        return write(name, ModelFormat.CURRENT_VERSION, attributes, body);
    }

    private Path write(String name, int version, String attributes, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<arch:Architecture xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:arch=\"" + NS
                + "\" id=\"a\" formatVersion=\"" + version + "\"" + attributes + ">\n" + body + "</arch:Architecture>\n",
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsKindsOfOtherPackages() throws Exception {
        // a plug-in's kind: a class of another EPackage that extends Application, with an attribute of its own
        var ecore = org.eclipse.emf.ecore.EcoreFactory.eINSTANCE;
        var ext = ecore.createEPackage();
        ext.setName("fastext");
        ext.setNsPrefix("fastext");
        ext.setNsURI("http://example.org/egov/fastload-test");
        var kind = ecore.createEClass();
        kind.setName("Gateway");
        kind.getESuperTypes().add(SampleModels.P.getApplication());
        var port = ecore.createEAttribute();
        port.setName("port");
        port.setEType(org.eclipse.emf.ecore.EcorePackage.Literals.EINT);
        kind.getEStructuralFeatures().add(port);
        ext.getEClassifiers().add(kind);
        org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.put(ext.getNsURI(), ext);
        try {
            Architecture model = SampleModels.F.createArchitecture();
            model.setName("ext");
            var folder = SampleModels.folder(model, vn.egov.workbench.architecture.model.FolderType.APPLICATION);
            var gateway = (vn.egov.workbench.architecture.model.Element) EcoreUtil.create(kind);
            gateway.setName("Cổng");
            gateway.eSet(port, 8443);
            folder.getItems().add(gateway);
            var app = SampleModels.F.createApplication();
            app.setName("App");
            folder.getItems().add(app);
            var serves = SampleModels.F.createServes();
            serves.setSource(gateway);
            serves.setTarget(app);
            folder.getItems().add(serves);
            Path file = dir.resolve("ext.egov");
            ModelFiles.save(model, file);
            assertTrue(Files.readString(file).contains("fastext:Gateway"), Files.readString(file));
            EObject fast = fast(file);
            assertSameModel(emf(file), fast);
            assertSameModel(model, fast);
        } finally {
            org.eclipse.emf.ecore.EPackage.Registry.INSTANCE.remove(ext.getNsURI());
        }
    }

    @Test
    void referencesForwardAndBackResolve() throws Exception {
        Path file = write("forward.egov", "", "<folders id=\"r\" name=\"R\">"
                + "<items xsi:type=\"arch:Serves\" id=\"s1\" source=\"x\" target=\"y\"/></folders>\n"
                + "<folders id=\"f\" name=\"F\"><items xsi:type=\"arch:Application\" id=\"x\" name=\"X\"/>"
                + "<items xsi:type=\"arch:Application\" id=\"y\" name=\"Y\"/>"
                + "<items xsi:type=\"arch:Serves\" id=\"s2\" source=\"y\" target=\"x\"/></folders>\n");
        EObject fast = fast(file);
        assertSameModel(emf(file), fast);
        Architecture loaded = ModelFiles.load(file);
        var serves = (vn.egov.workbench.architecture.model.Relationship) loaded.eResource().getEObject("s1");
        assertEquals("X", serves.getSource().getName());
        assertEquals("Y", serves.getTarget().getName());
        var back = (vn.egov.workbench.architecture.model.Relationship) loaded.eResource().getEObject("s2");
        assertEquals(serves.getSource(), back.getTarget());
    }

    @Test
    void declinesWhatOnlyEmfsLoaderHandles() throws Exception {
        String element = "<folders id=\"f\" name=\"F\"><items xsi:type=\"arch:Application\" id=\"x\" name=\"X\"/>"
                + "<items xsi:type=\"arch:Serves\" id=\"r\" source=\"x\" target=\"%s\"/></folders>\n";
        // sanity: the plain file is read
        fast(write("ok.egov", "", element.formatted("x")));
        Path[] declined = {
            write("old.egov", 0, "", element.formatted("x")),
            write("unknown-attribute.egov", " colour=\"red\"", ""),
            write("unknown-element.egov", "", "<colours/>\n"),
            write("dangling.egov", "", element.formatted("nowhere")),
            write("cross-file.egov", "", element.formatted("other.egov#x")),
            write("text.egov", "", "some text\n"),
            write("bad-enum.egov", "", "<folders id=\"f\" folderType=\"NO_SUCH\"/>\n"),
            write("duplicate-id.egov", "", "<folders id=\"f\"/><folders id=\"f\"/>\n"),
            write("empty-value.egov", "", "<disabledRules/>\n"),
            write("wrong-type.egov", "", element.formatted("f")),
            write("unknown-type.egov", "", "<folders id=\"f\"><items xsi:type=\"arch:NoSuch\" id=\"x\"/></folders>\n"),
        };
        for (Path file : declined) {
            assertThrows(FastLoad.Declined.class, () -> fast(file), file.getFileName().toString());
        }
        Path doctype = dir.resolve("doctype.egov");
        Files.writeString(doctype, "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e \"e\">]>\n<arch:Architecture xmlns:arch=\""
                + NS + "\" formatVersion=\"1\"/>\n");
        assertThrows(FastLoad.Declined.class, () -> fast(doctype));
    }
}
