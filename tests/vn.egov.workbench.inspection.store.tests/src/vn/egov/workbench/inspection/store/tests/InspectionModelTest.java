package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * The generated inspection model matches model/inspection.ecore (fails when the ecore was edited and
 * not regenerated), and its data types are the rules bundle's types, converted to text both ways.
 */
class InspectionModelTest {

    private static final InspectionPackage P = InspectionPackage.eINSTANCE;

    @Test
    void generatedCodeMatchesTheEcore() {
        URL url = InspectionPackage.class.getClassLoader().getResource("model/inspection.ecore");
        assertNotNull(url, "model/inspection.ecore is not in the model bundle");
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        EPackage file = (EPackage) set.getResource(URI.createURI(url.toString()), true).getContents().get(0);
        assertEquals(file.getNsURI(), P.getNsURI());
        assertEquals(new TreeSet<>(file.getEClassifiers().stream().map(EClassifier::getName).toList()),
                new TreeSet<>(P.getEClassifiers().stream().map(EClassifier::getName).toList()));
        for (EClassifier c : file.getEClassifiers()) {
            EClassifier generated = P.getEClassifier(c.getName());
            if (c instanceof EClass fc) {
                EClass gc = (EClass) generated;
                assertEquals(describe(fc.getEAllStructuralFeatures()), describe(gc.getEAllStructuralFeatures()), c.getName());
            } else {
                assertEquals(c.getInstanceClassName(), generated.getInstanceClassName(), c.getName());
            }
        }
    }

    private static List<String> describe(List<EStructuralFeature> features) {
        return features.stream().map(f -> f.getName() + ":" + f.getEType().getName() + "[" + f.getLowerBound() + ".."
                + f.getUpperBound() + "]" + (f instanceof org.eclipse.emf.ecore.EReference r && r.isContainment() ? "c" : ""))
                .toList();
    }

    @Test
    void dataTypesAreTheRulesTypesAndConvertBothWays() {
        assertEquals(RoundStatus.class, P.getRoundStatus().getInstanceClass());
        assertEquals(CaseStatus.class, P.getCaseStatus().getInstanceClass());
        assertEquals(Sector.class, P.getSector().getInstanceClass());
        roundTrip(P.getLocalDate(), LocalDate.of(2020, 5, 27), "2020-05-27");
        roundTrip(P.getLocalDateTime(), LocalDateTime.of(2020, 5, 20, 9, 30), "2020-05-20T09:30");
        roundTrip(P.getRoundStatus(), RoundStatus.ON_SITE, "ON_SITE");
        roundTrip(P.getCaseStatus(), CaseStatus.INSTALMENTS, "INSTALMENTS");
        roundTrip(P.getCaseKind(), CaseKind.EXPLANATION, "EXPLANATION");
        roundTrip(P.getViolatorType(), ViolatorType.INDIVIDUAL, "INDIVIDUAL");
        roundTrip(P.getSector(), Sector.COURIER, "courier");
        assertEquals(RoundStatus.PLANNED, P.getInspectionRound_Status().getDefaultValue());
    }

    private static void roundTrip(EDataType type, Object value, String text) {
        assertEquals(text, EcoreUtil.convertToString(type, value));
        assertEquals(value, EcoreUtil.createFromString(type, text));
    }
}
