package vn.egov.workbench.architecture.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * Proves that the generated code matches the model it claims to be generated from: loads the bundle's
 * {@code model/architecture.ecore} dynamically and compares every classifier, attribute and reference with the
 * generated {@link ArchitecturePackage}. Fails when someone edits the ecore and forgets to regenerate.
 */
class MetamodelConsistencyTest {

    static final String ECORE = "model/architecture.ecore";

    private static EPackage fromFile;
    private static final EPackage GENERATED = ArchitecturePackage.eINSTANCE;

    @BeforeAll
    static void loadEcore() throws Exception {
        // The bundle's class loader sees the bundle root in OSGi; stand-alone, the bundle folder is on the class path.
        URL url = ArchitecturePackage.class.getClassLoader().getResource(ECORE);
        assertNotNull(url, ECORE + " not found through the model bundle's class loader");
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource resource = resourceSet.getResource(URI.createURI(url.toString()), true);
        fromFile = (EPackage) resource.getContents().get(0);
        assertTrue(fromFile != GENERATED);
    }

    @Test
    void packageIdentity() {
        assertEquals(fromFile.getName(), GENERATED.getName());
        assertEquals(fromFile.getNsURI(), GENERATED.getNsURI());
        assertEquals(fromFile.getNsPrefix(), GENERATED.getNsPrefix());
        // the generated package creates classes first, then enums, then data types: compare as sets
        assertEquals(new TreeSet<>(names(fromFile.getEClassifiers())), new TreeSet<>(names(GENERATED.getEClassifiers())),
                "the generated package has other classifiers than the ecore");
        assertTrue(fromFile.getEClassifiers().size() > 50, "the metamodel looks truncated");
    }

    @TestFactory
    Stream<DynamicTest> everyClassifierMatches() {
        return fromFile.getEClassifiers().stream().map(expected -> dynamicTest(expected.getName(), () -> {
            EClassifier actual = GENERATED.getEClassifier(expected.getName());
            assertNotNull(actual, "no generated classifier " + expected.getName());
            assertEquals(expected.eClass(), actual.eClass(), expected.getName() + ": kind of classifier");
            if (expected instanceof EClass e) {
                compareClass(e, (EClass) actual);
            } else if (expected instanceof EEnum e) {
                compareEnum(e, (EEnum) actual);
            } else {
                assertEquals(((EDataType) expected).getInstanceClassName(), ((EDataType) actual).getInstanceClassName(),
                        expected.getName() + ": instance class");
            }
        }));
    }

    private static void compareClass(EClass expected, EClass actual) {
        String where = expected.getName();
        assertEquals(expected.isAbstract(), actual.isAbstract(), where + ": abstract");
        assertEquals(expected.isInterface(), actual.isInterface(), where + ": interface");
        assertEquals(names(expected.getESuperTypes()), names(actual.getESuperTypes()), where + ": supertypes");
        assertEquals(names(expected.getEStructuralFeatures()), names(actual.getEStructuralFeatures()),
                where + ": features");
        assertEquals(names(expected.getEAllStructuralFeatures()), names(actual.getEAllStructuralFeatures()),
                where + ": all features");
        for (EStructuralFeature e : expected.getEStructuralFeatures()) {
            EStructuralFeature a = actual.getEStructuralFeature(e.getName());
            String f = where + "." + e.getName();
            assertEquals(e.eClass(), a.eClass(), f + ": attribute or reference");
            assertEquals(qualifiedName(e.getEType()), qualifiedName(a.getEType()), f + ": type");
            assertEquals(e.getLowerBound(), a.getLowerBound(), f + ": lower bound");
            assertEquals(e.getUpperBound(), a.getUpperBound(), f + ": upper bound");
            assertEquals(e.getDefaultValueLiteral(), a.getDefaultValueLiteral(), f + ": default");
            assertEquals(e.isChangeable(), a.isChangeable(), f + ": changeable");
            assertEquals(e.isTransient(), a.isTransient(), f + ": transient");
            assertEquals(e.isVolatile(), a.isVolatile(), f + ": volatile");
            assertEquals(e.isDerived(), a.isDerived(), f + ": derived");
            assertEquals(e.isUnsettable(), a.isUnsettable(), f + ": unsettable");
            assertEquals(e.isOrdered(), a.isOrdered(), f + ": ordered");
            assertEquals(e.isUnique(), a.isUnique(), f + ": unique");
            if (e instanceof EAttribute ea) {
                assertEquals(ea.isID(), ((EAttribute) a).isID(), f + ": iD");
            } else {
                EReference er = (EReference) e;
                EReference ar = (EReference) a;
                assertEquals(er.isContainment(), ar.isContainment(), f + ": containment");
                if (!er.isContainment()) { // generated containments never resolve proxies (genmodel containmentProxies=false)
                    assertEquals(er.isResolveProxies(), ar.isResolveProxies(), f + ": resolve proxies");
                }
                assertEquals(er.getEOpposite() == null ? null : er.getEOpposite().getName(),
                        ar.getEOpposite() == null ? null : ar.getEOpposite().getName(), f + ": opposite");
            }
        }
    }

    private static void compareEnum(EEnum expected, EEnum actual) {
        assertEquals(expected.getELiterals().size(), actual.getELiterals().size(), expected.getName() + ": literals");
        for (EEnumLiteral e : expected.getELiterals()) {
            EEnumLiteral a = actual.getEEnumLiteral(e.getName());
            assertNotNull(a, expected.getName() + ": no literal " + e.getName());
            assertEquals(e.getValue(), a.getValue(), expected.getName() + "." + e.getName() + ": value");
            assertEquals(e.getLiteral(), a.getLiteral(), expected.getName() + "." + e.getName() + ": literal");
        }
    }

    private static String qualifiedName(EClassifier classifier) {
        return classifier.getEPackage().getNsURI() + "#" + classifier.getName();
    }

    private static List<String> names(List<? extends org.eclipse.emf.ecore.ENamedElement> elements) {
        List<String> result = new ArrayList<>();
        for (org.eclipse.emf.ecore.ENamedElement element : elements) {
            result.add(element.getName());
        }
        return result;
    }
}
