package vn.egov.workbench.architecture.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcoreFactory;
import org.eclipse.emf.ecore.EcorePackage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.kinds.ElementKind;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.model.kinds.KindShape;
import vn.egov.workbench.architecture.model.rules.RelationshipRules;
import vn.egov.workbench.extensions.ContributionFault;
import vn.egov.workbench.extensions.ContributionFaults;
import vn.egov.workbench.extensions.Contributions;

/**
 * The extension point with this fragment's contributions (fragment.xml): one package of good and broken kinds, a
 * package nobody registered, one whose loading throws, and a {@code <kinds>} without a package.
 */
class ElementKindsTest {

    private static final String ME = "vn.egov.workbench.architecture.model.tests";
    private static EPackage kindsPackage;
    private static EClass gateway;
    private static EClass link;
    private static EClass subGateway;

    @BeforeAll
    static void registerPackages() {
        EcoreFactory f = EcoreFactory.eINSTANCE;
        kindsPackage = f.createEPackage();
        kindsPackage.setName("testkinds");
        kindsPackage.setNsPrefix("testkinds");
        kindsPackage.setNsURI("urn:egov-test:kinds");
        gateway = eClass(kindsPackage, "Gateway", Literals.INTEGRATION_PLATFORM);
        EAttribute throughput = f.createEAttribute();
        throughput.setName("throughput");
        throughput.setEType(EcorePackage.Literals.EINT);
        gateway.getEStructuralFeatures().add(throughput);
        subGateway = eClass(kindsPackage, "RegionalGateway", gateway);
        link = eClass(kindsPackage, "Link", Literals.SERVES);
        eClass(kindsPackage, "NotAKind", Literals.PROPERTY);
        eClass(kindsPackage, "AbstractKind", Literals.ELEMENT).setAbstract(true);
        EPackage.Registry.INSTANCE.put(kindsPackage.getNsURI(), kindsPackage);
        EPackage.Registry.INSTANCE.put("urn:egov-test:throws", new EPackage.Descriptor() {
            @Override
            public EPackage getEPackage() {
                throw new IllegalStateException("generated package fails to initialise");
            }

            @Override
            public org.eclipse.emf.ecore.EFactory getEFactory() {
                return null;
            }
        });
    }

    private static EClass eClass(EPackage p, String name, EClass superType) {
        EClass c = EcoreFactory.eINSTANCE.createEClass();
        c.setName(name);
        c.getESuperTypes().add(superType);
        p.getEClassifiers().add(c);
        return c;
    }

    private static ElementKinds read() {
        return ElementKinds.of(Contributions.elements(ElementKinds.EXTENSION_POINT));
    }

    @Test
    void theGoodKindsAreReadWithTheirHints() {
        ElementKinds kinds = read();
        assertEquals(List.of(gateway, link), kinds.kinds().stream().map(ElementKind::eClass).toList());
        ElementKind g = kinds.find(gateway).orElseThrow();
        assertEquals("Test gateway", g.label());
        assertEquals(FolderType.TECHNOLOGY, g.folder());
        assertEquals(0x102030, g.colour());
        assertEquals(KindShape.ELLIPSE, g.shape());
        assertNull(g.icon());
        assertEquals(ME, g.contributor());
        ElementKind l = kinds.find(link).orElseThrow();
        assertEquals(KindShape.ROUNDED, l.shape());
        assertFalse(l.hasColour());
        assertNull(l.folder());
        assertEquals(List.of(gateway), kinds.kindsOf(Literals.ELEMENT));
        assertEquals(List.of(link), kinds.kindsOf(Literals.RELATIONSHIP));
        assertEquals(1, kinds.packages().size());
        assertFalse(kinds.packages().get(0).hasAdapterFactory());
        assertTrue(kinds.find(subGateway).isEmpty());
        assertEquals(g, kinds.describing(subGateway).orElseThrow(), "a subkind looks like its contributed kind");
        assertTrue(kinds.describing(Literals.APPLICATION).isEmpty());
    }

    @Test
    void eachBrokenContributionIsReportedOnceWithThePlugInsName() {
        read();
        read(); // a second read reports nothing new
        List<ContributionFault> faults = ContributionFaults.getDefault().of(ElementKinds.EXTENSION_POINT).stream()
                .filter(f -> f.contributor().equals(ME)).toList();
        String all = faults.toString();
        assertEquals(11, faults.size(), all);
        for (String expected : new String[] { "no class Missing", "NotAKind extends neither", "AbstractKind is abstract",
                "Gateway is already contributed by plug-in " + ME, "'red'", "'cloud'", "'DIAGRAMS'", "icons/nowhere.png",
                "urn:egov-test:nowhere", "generated package fails to initialise", "'package'" }) {
            assertTrue(all.contains(expected), expected + " not in " + all);
        }
    }

    @Test
    void relationshipRulesOfTheBaseKindsHoldForTheNewKinds() {
        RelationshipRules rules = RelationshipRules.getDefault();
        assertTrue(rules.isAllowed(Literals.SERVES, gateway, Literals.APPLICATION), "an integration platform serves");
        assertTrue(rules.isAllowed(link, Literals.APPLICATION, Literals.STAKEHOLDER), "a Link is a Serves");
        assertFalse(rules.isAllowed(link, gateway, Literals.POLICY));
        assertFalse(rules.isAllowed(Literals.DEPLOYED_ON, Literals.INFRASTRUCTURE, gateway));
    }
}
