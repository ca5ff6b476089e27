package vn.egov.workbench.architecture.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.AccessMode;
import vn.egov.workbench.architecture.model.Accesses;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.DataEntity;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.OnlineServiceLevel;
import vn.egov.workbench.architecture.model.AdministrativeProcedure;
import vn.egov.workbench.architecture.model.Property;

/** The hand-written parts of the generated model code, and saving and loading. */
class GeneratedModelTest {

    private static final ArchitectureFactory F = ArchitectureFactory.eINSTANCE;
    private static final ArchitecturePackage P = ArchitecturePackage.eINSTANCE;

    @Test
    void newObjectsGetUniqueXmlIds() {
        Application a = F.createApplication();
        Application b = F.createApplication();
        assertNotEquals(a.getId(), b.getId());
        assertTrue(a.getId().matches("_[A-Za-z0-9_-]{22}"), a.getId()); // an NCName, usable as an XMI id
        assertTrue(P.getArchitectureObject_Id().isID());
    }

    @Test
    void localDatesConvertAsIso() {
        LocalDate date = LocalDate.of(2019, 12, 31);
        assertEquals("2019-12-31", F.convertToString(P.getLocalDate(), date));
        assertEquals(date, F.createFromString(P.getLocalDate(), "2019-12-31"));
        assertNull(F.createFromString(P.getLocalDate(), ""));
        assertNull(F.convertToString(P.getLocalDate(), null));
    }

    @Test
    void defaults() {
        Application app = F.createApplication();
        assertEquals(LifecycleStatus.CURRENT, app.getLifecycleStatus());
        assertEquals(0, app.getSecurityLevel());
        assertFalse(app.isLgspIntegrated());
        assertEquals(OnlineServiceLevel.NONE, F.createAdministrativeProcedure().getOnlineServiceLevel());
        assertEquals(FolderType.USER, F.createFolder().getFolderType());
        assertEquals(-1, F.createDiagramNode().getWidth());
        assertEquals(AccessMode.READ, F.createAccesses().getAccessMode());
        assertEquals("other", F.createInfrastructure().getInfraType());
        assertNull(F.createArchitecture().getFrameworkVersion(), "the framework version is never assumed");
        assertEquals(0, F.createArchitecture().getFormatVersion());
    }

    @Test
    void securityLevelIsValidatedAgainstItsRange() {
        Application app = F.createApplication();
        app.setSecurityLevel(3);
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(app).getSeverity());
        app.setSecurityLevel(7);
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(app).getSeverity());
    }

    @Test
    void relationshipsNeedSourceAndTarget() {
        Accesses accesses = F.createAccesses();
        assertEquals(Diagnostic.ERROR, Diagnostician.INSTANCE.validate(accesses).getSeverity());
        accesses.setSource(F.createApplication());
        accesses.setTarget(F.createDataEntity());
        assertEquals(Diagnostic.OK, Diagnostician.INSTANCE.validate(accesses).getSeverity());
    }

    @Test
    void savesAndLoadsWithIdsDatesAndReferences() throws Exception {
        Architecture architecture = F.createArchitecture();
        architecture.setName("Kiến trúc Chính quyền điện tử tỉnh Kon Tum");
        architecture.setProvince("Kon Tum");
        architecture.setFrameworkVersion("2.0");
        architecture.setApprovingDecisionDate(LocalDate.of(2020, 6, 1));
        architecture.setFormatVersion(1);
        architecture.getDisabledRules().add("app.no-owner");
        Folder apps = F.createFolder();
        apps.setFolderType(FolderType.APPLICATION);
        architecture.getFolders().add(apps);
        Application office = F.createApplication();
        office.setName("VNPT-iOffice");
        office.setSecurityLevel(3);
        Property property = F.createProperty();
        property.setKey("url");
        property.setValue("https://ioffice.kontum.gov.vn");
        office.getProperties().add(property);
        DataEntity documents = F.createDataEntity();
        documents.setName("Văn bản điện tử");
        Accesses accesses = F.createAccesses();
        accesses.setSource(office);
        accesses.setTarget(documents);
        accesses.setAccessMode(AccessMode.READ_WRITE);
        AdministrativeProcedure procedure = F.createAdministrativeProcedure();
        procedure.setOnlineServiceLevel(OnlineServiceLevel.END_TO_END);
        procedure.setFeeVnd(39_000_000L);
        apps.getItems().add(office);
        apps.getItems().add(documents);
        apps.getItems().add(accesses);
        apps.getItems().add(procedure);

        ResourceSet out = resourceSet();
        Resource resource = out.createResource(URI.createURI("mem:/kontum.xmi"));
        resource.getContents().add(architecture);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resource.save(bytes, Map.of());
        String xml = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(xml.contains("approvingDecisionDate=\"2020-06-01\""), xml);
        assertTrue(xml.contains("source=\"" + office.getId() + "\""), "references use the ids: " + xml);
        assertFalse(xml.contains("lifecycleStatus"), "defaults are not saved: " + xml);

        Resource loaded = resourceSet().createResource(URI.createURI("mem:/kontum.xmi"));
        loaded.load(new ByteArrayInputStream(bytes.toByteArray()), Map.of());
        Architecture copy = (Architecture) loaded.getContents().get(0);
        assertEquals("Kiến trúc Chính quyền điện tử tỉnh Kon Tum", copy.getName());
        assertEquals(architecture.getId(), copy.getId());
        assertEquals(LocalDate.of(2020, 6, 1), copy.getApprovingDecisionDate());
        assertEquals(1, copy.getFormatVersion());
        assertEquals("2.0", copy.getFrameworkVersion());
        Folder folder = copy.getFolders().get(0);
        Application loadedOffice = (Application) folder.getItems().get(0);
        Accesses loadedAccesses = (Accesses) folder.getItems().get(2);
        assertSame(loadedOffice, loadedAccesses.getSource());
        assertSame(folder.getItems().get(1), loadedAccesses.getTarget());
        assertEquals(AccessMode.READ_WRITE, loadedAccesses.getAccessMode());
        assertEquals(office.getId(), loadedOffice.getId());
        assertEquals(3, loadedOffice.getSecurityLevel());
        assertEquals("https://ioffice.kontum.gov.vn", loadedOffice.getProperties().get(0).getValue());
        assertSame(loadedOffice, loaded.getEObject(office.getId()));
        AdministrativeProcedure loadedProcedure = (AdministrativeProcedure) folder.getItems().get(3);
        assertEquals(OnlineServiceLevel.END_TO_END, loadedProcedure.getOnlineServiceLevel());
        assertEquals(39_000_000L, loadedProcedure.getFeeVnd());
    }

    private static ResourceSet resourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
        return resourceSet;
    }
}
