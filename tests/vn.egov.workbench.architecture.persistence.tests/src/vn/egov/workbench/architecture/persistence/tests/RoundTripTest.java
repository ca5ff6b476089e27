package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.persistence.EgovResource;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelFormat;

class RoundTripTest {

    @TempDir
    Path dir;

    @Test
    void everyElementKindRelationTypeAndDiagramPartSurvivesSaveAndLoad() throws Exception {
        Architecture model = SampleModels.everyKind();
        Path file = dir.resolve("mọi-loại.egov");
        ModelFiles.save(model, file);
        Architecture loaded = ModelFiles.load(file);

        assertTrue(new EcoreUtil.EqualityHelper().equals(model, loaded), "the loaded model equals the saved one");
        Set<EClass> kinds = new HashSet<>();
        loaded.eAllContents().forEachRemaining(o -> kinds.add(o.eClass()));
        for (EClass kind : SampleModels.concreteSubclassesOf(SampleModels.P.getElement())) {
            assertTrue(kinds.contains(kind), kind.getName());
        }
        for (EClass kind : SampleModels.concreteSubclassesOf(SampleModels.P.getRelationship())) {
            assertTrue(kinds.contains(kind), kind.getName());
        }
        for (EClass part : new EClass[] { SampleModels.P.getDiagram(), SampleModels.P.getDiagramNode(),
                SampleModels.P.getDiagramGroup(), SampleModels.P.getDiagramConnection(), SampleModels.P.getBendpoint() }) {
            assertTrue(kinds.contains(part), part.getName());
        }
    }

    @Test
    void idsAreTheModelsOwnUuidsAndReferencesUseThem() throws Exception {
        Architecture model = SampleModels.everyKind();
        Path file = dir.resolve("ids.egov");
        ModelFiles.save(model, file);
        Architecture loaded = ModelFiles.load(file);

        var originals = model.eAllContents();
        var copies = loaded.eAllContents();
        while (originals.hasNext()) {
            EObject original = originals.next();
            EObject copy = copies.next();
            if (original instanceof ArchitectureObject o) {
                assertEquals(o.getId(), ((ArchitectureObject) copy).getId());
                assertEquals(copy, copy.eResource().getEObject(o.getId()), "found by its id");
            }
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), text.substring(0, 60));
        assertFalse(text.contains("xmi:id"), "the id attribute is the only identity");
        assertTrue(text.contains("Sở Thông tin và Truyền thông &lt;&amp;&quot;'>"), "UTF-8 text, escaped markup");
    }

    @Test
    void saveStampsTheCurrentFormatVersion() throws Exception {
        Architecture model = SampleModels.everyKind();
        model.setFormatVersion(0);
        Path file = dir.resolve("version.egov");
        ModelFiles.save(model, file);
        assertEquals(ModelFormat.CURRENT_VERSION, model.getFormatVersion());
        assertTrue(Files.readString(file).contains("formatVersion=\"" + ModelFormat.CURRENT_VERSION + "\""));
        assertEquals(ModelFormat.CURRENT_VERSION, ModelFiles.load(file).getFormatVersion());
    }

    @Test
    void savingTheSameModelTwiceGivesTheSameBytes() throws Exception {
        Architecture model = SampleModels.everyKind();
        Path first = dir.resolve("a.egov");
        Path second = dir.resolve("b.egov");
        ModelFiles.save(model, first);
        ModelFiles.save(ModelFiles.load(first), second);
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test
    void resourceSetsOpenEgovFilesWithTheSafeResource() {
        var resource = new ResourceSetImpl().createResource(URI.createFileURI(dir.resolve("x.egov").toString()));
        assertInstanceOf(EgovResource.class, resource, "registered through org.eclipse.emf.ecore.extension_parser");
    }
}
