package vn.egov.workbench.architecture.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.BusinessProcess;
import vn.egov.workbench.architecture.model.Serves;
import vn.egov.workbench.architecture.model.rules.RelationshipRules;

class RelationshipRulesTest {

    private static final ArchitecturePackage P = ArchitecturePackage.eINSTANCE;
    private final RelationshipRules rules = RelationshipRules.getDefault();

    @Test
    void defaultRulesAreReadOnce() {
        assertSame(rules, RelationshipRules.getDefault());
        assertTrue(rules.getRules().size() > 50, rules.toString());
        assertEquals(10, rules.getRelationshipTypes().size(), "every relationship type has rules");
    }

    @Test
    void allowedPairs() {
        assertTrue(rules.isAllowed(P.getServes(), P.getApplication(), P.getBusinessProcess()));
        assertTrue(rules.isAllowed(P.getServes(), P.getAccessChannel(), P.getStakeholder()));
        assertTrue(rules.isAllowed(P.getAccesses(), P.getApplication(), P.getDataEntity()));
        assertTrue(rules.isAllowed(P.getDeployedOn(), P.getDatabase(), P.getInfrastructure()));
        assertTrue(rules.isAllowed(P.getFlowsVia(), P.getApplication(), P.getIntegrationPlatform()));
        assertTrue(rules.isAllowed(P.getOwns(), P.getOrganisationUnit(), P.getApplication()));
        assertTrue(rules.isAllowed(P.getProtects(), P.getSecurityControl(), P.getInfrastructure()));
        assertTrue(rules.isAllowed(P.getReplaces(), P.getOrganisationUnit(), P.getOrganisationUnit()));
        assertTrue(rules.isAllowed(P.getComposes(), P.getIntegrationPlatform(), P.getIntegrationService()));
        assertTrue(rules.isAllowed(P.getRealises(), P.getProject(), P.getApplication()));
    }

    @Test
    void refusedPairs() {
        assertFalse(rules.isAllowed(P.getDeployedOn(), P.getInfrastructure(), P.getApplication()), "wrong direction");
        assertFalse(rules.isAllowed(P.getServes(), P.getDataEntity(), P.getStakeholder()));
        assertFalse(rules.isAllowed(P.getOwns(), P.getApplication(), P.getOrganisationUnit()));
        assertFalse(rules.isAllowed(P.getReplaces(), P.getApplication(), P.getDatabase()));
        assertFalse(rules.isAllowed(P.getProtects(), P.getApplication(), P.getSecurityControl()));
        assertFalse(rules.isAllowed(P.getCompliesWith(), P.getApplication(), P.getApplication()));
        assertFalse(rules.isAllowed(P.getAccesses(), P.getStakeholder(), P.getDatabase()));
        assertFalse(rules.isAllowed(null, P.getApplication(), P.getDatabase()));
        assertFalse(rules.isAllowed(P.getAccesses(), P.getApplication(), null));
    }

    @Test
    void rememberedAnswersAreTheScannedOnes() {
        // answers are memoised per (type, source, target): asking again, in any order, gives the same answer
        List<EClass> kinds = List.of(P.getApplication(), P.getPortal(), P.getDataEntity(), P.getInfrastructure(),
                P.getStakeholder(), P.getOrganisationUnit());
        for (EClass type : rules.getRelationshipTypes()) {
            for (EClass source : kinds) {
                for (EClass target : kinds) {
                    boolean scanned = rules.getRules().stream().anyMatch(r -> r.allows(type, source, target));
                    assertEquals(scanned, rules.isAllowed(type, source, target));
                    assertEquals(scanned, rules.isAllowed(type, source, target), "asked again");
                }
            }
        }
    }

    @Test
    void subkindsInheritTheRulesOfTheirKinds() {
        // Portal is an Application, ReferenceData a DataEntity, Policy and Standard are Regulations
        assertTrue(rules.isAllowed(P.getDeployedOn(), P.getPortal(), P.getInfrastructure()));
        assertTrue(rules.isAllowed(P.getServes(), P.getPortal(), P.getStakeholder()));
        assertTrue(rules.isAllowed(P.getAccesses(), P.getApplication(), P.getReferenceData()));
        assertTrue(rules.isAllowed(P.getCompliesWith(), P.getPortal(), P.getStandard()));
        assertTrue(rules.isAllowed(P.getCompliesWith(), P.getProject(), P.getPolicy()));
        assertTrue(rules.isAllowed(P.getReplaces(), P.getPolicy(), P.getStandard()));
        assertFalse(rules.isAllowed(P.getDeployedOn(), P.getInfrastructure(), P.getPortal()));
    }

    @Test
    void kindsOfOtherPackagesInheritTheirBaseKindsRules() {
        EPackage ext = extensionPackage();
        EClass cloudService = (EClass) ext.getEClassifier("CloudService");
        EClass bridges = (EClass) ext.getEClassifier("Bridges");

        assertTrue(rules.isAllowed(P.getDeployedOn(), cloudService, P.getInfrastructure()));
        assertTrue(rules.isAllowed(P.getServes(), cloudService, P.getAdministrativeProcedure()));
        assertFalse(rules.isAllowed(P.getOwns(), cloudService, P.getOrganisationUnit()));
        // a relationship type derived from FlowsVia has FlowsVia's rules
        assertTrue(rules.isAllowed(bridges, P.getApplication(), P.getIntegrationPlatform()));
        assertTrue(rules.isAllowed(bridges, cloudService, P.getIntegrationService()));
        assertFalse(rules.isAllowed(bridges, P.getIntegrationPlatform(), P.getApplication()));
    }

    @Test
    void rulesFilesOfOtherPackagesMayNameTheirOwnAndBaseKinds() throws IOException {
        EPackage ext = extensionPackage();
        EPackageRegistryImpl registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
        registry.put(ext.getNsURI(), ext);
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <relationships package="http://example.org/ext" xmlns:arch="http://egov.vn/workbench/architecture/2.0">
                  <relationship type="arch:Serves">
                    <source kind="arch:Infrastructure" targets="CloudService arch:Stakeholder"/>
                  </relationship>
                </relationships>
                """;
        RelationshipRules extra = RelationshipRules.read(stream(xml), registry);
        EClass cloudService = (EClass) ext.getEClassifier("CloudService");
        assertEquals(2, extra.getRules().size());
        assertTrue(extra.isAllowed(P.getServes(), P.getInfrastructure(), cloudService));
        assertFalse(rules.isAllowed(P.getServes(), P.getInfrastructure(), P.getStakeholder()));

        RelationshipRules all = rules.union(extra);
        assertTrue(all.isAllowed(P.getServes(), P.getInfrastructure(), P.getStakeholder()));
        assertTrue(all.isAllowed(P.getDeployedOn(), P.getApplication(), P.getInfrastructure()));
        assertEquals(rules.getRules().size() + 2, all.getRules().size());
    }

    @Test
    void relationshipInstances() {
        ArchitectureFactory f = ArchitectureFactory.eINSTANCE;
        Application app = f.createApplication();
        BusinessProcess process = f.createBusinessProcess();
        Serves serves = f.createServes();
        assertFalse(rules.isAllowed(serves), "no source and target yet");
        serves.setSource(app);
        serves.setTarget(process);
        assertTrue(rules.isAllowed(serves));
        serves.setSource(process);
        serves.setTarget(app);
        assertFalse(rules.isAllowed(serves));
    }

    @Test
    void choicesForAPalette() {
        List<EClass> types = rules.allowedRelationshipTypes(P.getApplication(), P.getInfrastructure());
        assertEquals(List.of(P.getDeployedOn()), types);
        List<EClass> fromAppToPolicy = rules.allowedRelationshipTypes(P.getApplication(), P.getPolicy());
        assertEquals(List.of(P.getCompliesWith()), fromAppToPolicy);
        List<EClass> targets = rules.allowedTargets(P.getProtects(), P.getSecurityControl(),
                List.of(P.getApplication(), P.getStakeholder(), P.getDatabase(), P.getPolicy()));
        assertEquals(List.of(P.getApplication(), P.getDatabase()), targets);
    }

    @Test
    void doctypeIsRefused() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE relationships [ <!ENTITY x SYSTEM "file:///etc/passwd"> ]>
                <relationships><relationship type="Serves"><source kind="Application" targets="&x;"/></relationship></relationships>
                """;
        IOException e = assertThrows(IOException.class,
                () -> RelationshipRules.read(stream(xml), EPackage.Registry.INSTANCE));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    @Test
    void badFilesAreRefused() {
        assertThrows(IOException.class, () -> RelationshipRules.read(stream(
                "<relationships><relationship type=\"Serves\"><source kind=\"Nonsense\" targets=\"Application\"/>"
                        + "</relationship></relationships>"), EPackage.Registry.INSTANCE), "unknown kind");
        assertThrows(IOException.class, () -> RelationshipRules.read(stream(
                "<relationships><relationship type=\"Application\"><source kind=\"Application\" targets=\"Database\"/>"
                        + "</relationship></relationships>"), EPackage.Registry.INSTANCE), "not a relationship type");
        assertThrows(IOException.class, () -> RelationshipRules.read(stream(
                "<relationships><relationship type=\"Serves\"><source kind=\"Folder\" targets=\"Application\"/>"
                        + "</relationship></relationships>"), EPackage.Registry.INSTANCE), "not an element kind");
        assertThrows(IOException.class, () -> RelationshipRules.read(stream(
                "<relationships><relationship type=\"Serves\"><source kind=\"x:Application\" targets=\"Database\"/>"
                        + "</relationship></relationships>"), EPackage.Registry.INSTANCE), "undeclared prefix");
        assertThrows(IOException.class, () -> RelationshipRules.read(stream("<rules/>"), EPackage.Registry.INSTANCE));
        assertThrows(IOException.class, () -> RelationshipRules.read(stream("<relationships>"),
                EPackage.Registry.INSTANCE), "not well-formed");
    }

    /** A package such as a plug-in might contribute: a kind derived from Application, a type derived from FlowsVia. */
    static EPackage extensionPackage() {
        EcoreFactory ecore = EcoreFactory.eINSTANCE;
        EPackage ext = ecore.createEPackage();
        ext.setName("ext");
        ext.setNsPrefix("ext");
        ext.setNsURI("http://example.org/ext");
        EClass cloudService = ecore.createEClass();
        cloudService.setName("CloudService");
        cloudService.getESuperTypes().add(P.getApplication());
        EClass bridges = ecore.createEClass();
        bridges.setName("Bridges");
        bridges.getESuperTypes().add(P.getFlowsVia());
        ext.getEClassifiers().add(cloudService);
        ext.getEClassifiers().add(bridges);
        return ext;
    }

    private static ByteArrayInputStream stream(String xml) {
        return new ByteArrayInputStream(xml.strip().getBytes(StandardCharsets.UTF_8));
    }
}
