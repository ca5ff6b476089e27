package vn.egov.workbench.example.smartcity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.kinds.ElementKind;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.model.kinds.KindShape;
import vn.egov.workbench.architecture.model.edit.kinds.ElementKindsAdapterFactory;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.validation.ModelLabels;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.Validator;
import vn.egov.workbench.example.smartcity.model.IoTPlatform;
import vn.egov.workbench.example.smartcity.model.SmartcityPackage;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExporterRegistry;
import vn.egov.workbench.extensions.ContributionFaults;

/** The example's element kind IoTPlatform, through the workbench's registries, files, validation and export. */
class IoTPlatformKindTest {

    private static final String ME = "vn.egov.workbench.example.smartcity";
    static final Path SAMPLE = Path.of(System.getProperty("workbench.root"),
            "examples/vn.egov.workbench.example.smartcity/samples/smartcity-iot.egov");

    @TempDir
    Path dir;

    static IoTPlatform iot(Architecture model) {
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof IoTPlatform p) {
                return p;
            }
        }
        throw new AssertionError("no IoT platform in the model");
    }

    @Test
    void theKindIsRegisteredWithItsHints() {
        ElementKind kind = ElementKinds.getDefault().find(SmartcityPackage.Literals.IO_TPLATFORM).orElseThrow();
        assertEquals("IoT platform", kind.label());
        assertEquals(FolderType.TECHNOLOGY, kind.folder());
        assertEquals(0xB9E6D3, kind.colour());
        assertEquals(KindShape.HEXAGON, kind.shape());
        assertEquals(ME, kind.contributor());
        assertNotNull(kind.icon());
        assertTrue(ContributionFaults.getDefault().of(ElementKinds.EXTENSION_POINT).stream()
                .noneMatch(f -> f.contributor().startsWith(ME)), ContributionFaults.getDefault().all().toString());
    }

    @Test
    void aModelWithTheKindRoundTripsThroughAnEgovFile() throws Exception {
        Architecture model = ModelFiles.load(SAMPLE);
        IoTPlatform iot = iot(model);
        assertEquals(1250, iot.getSensorCount());
        assertEquals("MQTT, LoRaWAN", iot.getProtocol());
        assertNotNull(iot.getOwner(), "references to and from the new kind resolve");
        iot.setSensorCount(2000);
        Path file = dir.resolve("copy.egov");
        ModelFiles.save(model, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("xsi:type=\"smartcity:IoTPlatform\"") && xml.contains("sensorCount=\"2000\""), xml);
        IoTPlatform again = iot(ModelFiles.load(file));
        assertEquals(iot.getId(), again.getId());
        assertEquals(2000, again.getSensorCount());
        assertEquals(iot.getOwner().getId(), again.getOwner().getId());
    }

    @Test
    void theApplicationRulesApplyAndItsRelationshipsAreAllowed() throws Exception {
        Architecture model = ModelFiles.load(SAMPLE);
        List<Problem> problems = Validator.validate(model);
        assertTrue(problems.stream().noneMatch(p -> p.ruleId().startsWith("arch.relationship")), problems.toString());
        IoTPlatform iot = iot(model);
        iot.setOwner(null);
        List<Problem> ownerless = Validator.validate(model).stream()
                .filter(p -> p.ruleId().equals("arch.application.owner")).toList();
        assertEquals(1, ownerless.size(), ownerless.toString());
        assertTrue(ownerless.get(0).message(Locale.ENGLISH).contains("IoT platform"),
                ownerless.get(0).message(Locale.ENGLISH));
        assertEquals("IoT platform", ModelLabels.kind(iot.eClass(), Locale.ENGLISH));
    }

    @Test
    void csvAndJsonExportsCarryItsAttributes() throws Exception {
        ExporterRegistry registry = ExporterRegistry.getDefault();
        ExportInput input = new ExportInput(ExportInput.ARCHITECTURE, ModelFiles.load(SAMPLE), "iot", Locale.ENGLISH);
        registry.export(registry.find(ExportInput.ARCHITECTURE, "csv").orElseThrow(), input, dir);
        String csv = Files.readString(dir.resolve("iot-elements.csv"));
        String row = csv.lines().filter(l -> l.contains("IoTPlatform")).findFirst().orElseThrow(() -> new AssertionError(csv));
        assertTrue(row.contains("sensorCount=1250") && row.contains("protocol=MQTT, LoRaWAN"), row);
        registry.export(registry.find(ExportInput.ARCHITECTURE, "json").orElseThrow(), input, dir);
        String json = Files.readString(dir.resolve("iot.json"));
        assertTrue(json.contains("\"IoTPlatform\"") && json.contains("\"sensorCount\"") && json.contains("1250"), json);
    }

    @Test
    void genericItemProvidersGiveItsLabelIconAndProperties() throws Exception {
        IoTPlatform iot = iot(ModelFiles.load(SAMPLE));
        ComposedAdapterFactory factory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        ElementKindsAdapterFactory.install(factory);
        try {
            IItemLabelProvider labels = (IItemLabelProvider) factory.adapt(iot, IItemLabelProvider.class);
            assertEquals("IoT platform Nền tảng IoT đô thị thông minh", labels.getText(iot));
            URL icon = assertInstanceOf(URL.class, labels.getImage(iot));
            assertTrue(icon.toString().endsWith("icons/iot-platform.png"), icon.toString());
            IItemPropertySource properties = (IItemPropertySource) factory.adapt(iot, IItemPropertySource.class);
            List<String> names = properties.getPropertyDescriptors(iot).stream()
                    .map(d -> d.getDisplayName(iot)).toList();
            assertTrue(names.contains("Sensors") && names.contains("Protocols") && names.contains("Owner"),
                    names.toString());
            IItemPropertyDescriptor sensors = properties.getPropertyDescriptors(iot).stream()
                    .filter(d -> d.getDisplayName(iot).equals("Sensors")).findFirst().orElseThrow();
            sensors.setPropertyValue(iot, 42);
            assertEquals(42, iot.getSensorCount());
        } finally {
            factory.dispose();
        }
    }
}
