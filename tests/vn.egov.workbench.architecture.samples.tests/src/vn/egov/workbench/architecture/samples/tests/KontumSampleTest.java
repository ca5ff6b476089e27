package vn.egov.workbench.architecture.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramContainer;
import vn.egov.workbench.architecture.model.DiagramShape;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.FlowsVia;
import vn.egov.workbench.architecture.model.GovernmentLevel;
import vn.egov.workbench.architecture.model.IntegrationPlatform;
import vn.egov.workbench.architecture.model.IntegrationPlatformKind;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Portal;
import vn.egov.workbench.architecture.model.Project;
import vn.egov.workbench.architecture.model.PropertiesHolder;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.samples.Templates;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.Validator;

/** The shipped Kon Tum sample: valid, and holding the figures of the 2020 report. */
class KontumSampleTest {

    private static Architecture model;
    private static List<EObject> all;

    @BeforeAll
    static void load() throws Exception {
        model = Templates.load(Templates.find("kontum-2.0").orElseThrow());
        all = new ArrayList<>();
        model.eAllContents().forEachRemaining(all::add);
    }

    private static <T> List<T> of(Class<T> type) {
        return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static Element byCode(String code) {
        return of(Element.class).stream().filter(e -> code.equals(e.getCode())).findFirst().orElseThrow();
    }

    private static String prop(PropertiesHolder h, String key) {
        return h.getProperties().stream().filter(p -> key.equals(p.getKey())).map(Property::getValue).findFirst()
                .orElse(null);
    }

    @Test
    void itValidatesWithoutAnyProblem() {
        List<Problem> problems = Validator.validate(model);
        assertEquals(List.of(), problems.stream().map(p -> p.message(Locale.ENGLISH)).toList());
        assertEquals("2.0", model.getFrameworkVersion());
    }

    @Test
    void tenDistrictsWith102CommunesAndTwentyDepartments() {
        List<OrganisationUnit> districts = of(OrganisationUnit.class).stream()
                .filter(u -> u.getLevel() == GovernmentLevel.DISTRICT).toList();
        assertEquals(10, districts.size());
        assertEquals(102, districts.stream().mapToInt(d -> Integer.parseInt(prop(d, "Số đơn vị hành chính cấp xã"))).sum());
        assertTrue(districts.stream().anyMatch(d -> d.getName().contains("Ia H'Drai")));
        OrganisationUnit province = (OrganisationUnit) byCode("UBND-TINH");
        long departments = of(OrganisationUnit.class).stream()
                .filter(u -> u.getParent() == province && u.getLevel() == GovernmentLevel.PROVINCE).count();
        assertEquals(20, departments);
    }

    @Test
    void thePortalHasThirtyMemberSitesAndThePublicServicePortalItsCounts() {
        assertEquals(30, of(Portal.class).stream().filter(p -> "member-site".equals(p.getPortalType())).count());
        Portal dvc = (Portal) byCode("CONG-DVC");
        assertEquals("https://hanhchinhcong.kontum.gov.vn", dvc.getUrl());
        assertEquals("415", prop(dvc, "DVC mức độ 4"));
        assertEquals("310", prop(dvc, "DVC mức độ 3"));
        assertEquals("1988", prop(dvc, "DVC mức độ 2"));
        assertEquals("14", prop(byCode("HNTH"), "Số điểm kết nối"));
        assertEquals("992", prop(byCode("CKS-CHUYENDUNG"), "Chứng thư số cá nhân"));
    }

    @Test
    void lgspFlowsViaNgspAndTheReportsTasksAreTargets() {
        IntegrationPlatform lgsp = (IntegrationPlatform) byCode("LGSP");
        assertTrue(of(FlowsVia.class).stream().anyMatch(f -> f.getSource() == lgsp
                && ((IntegrationPlatform) f.getTarget()).getPlatformKind() == IntegrationPlatformKind.NGSP));
        List<Project> projects = of(Project.class);
        assertTrue(projects.size() >= 8, projects.toString());
        assertTrue(projects.stream().filter(p -> p.getLifecycleStatus() == LifecycleStatus.TARGET).count() >= 7);
        assertTrue(of(Element.class).stream().anyMatch(e -> e.getLifecycleStatus() == LifecycleStatus.TARGET
                && !(e instanceof Project)));
        Map<String, Long> types = of(Relationship.class).stream()
                .collect(Collectors.groupingBy(r -> r.eClass().getName(), Collectors.counting()));
        assertEquals(10, types.size(), "every relation type is used: " + types);
    }

    @Test
    void theOverallDiagramHasGroupsWithNodesThatDoNotOverlap() {
        Diagram diagram = of(Diagram.class).get(0);
        assertTrue(diagram.getChildren().size() >= 8, "groups: users, channels, portals ... policy");
        assertFalse(diagram.getConnections().isEmpty());
        assertNoOverlap(diagram, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private static void assertNoOverlap(DiagramContainer container, int width, int height) {
        List<DiagramShape> shapes = container.getChildren();
        for (int i = 0; i < shapes.size(); i++) {
            DiagramShape a = shapes.get(i);
            assertTrue(a.getWidth() > 0 && a.getHeight() > 0 && a.getX() >= 0 && a.getY() >= 0);
            assertTrue(a.getX() + a.getWidth() <= width && a.getY() + a.getHeight() <= height,
                    a.getId() + " lies outside its group");
            for (int j = i + 1; j < shapes.size(); j++) {
                DiagramShape b = shapes.get(j);
                boolean apart = a.getX() + a.getWidth() <= b.getX() || b.getX() + b.getWidth() <= a.getX()
                        || a.getY() + a.getHeight() <= b.getY() || b.getY() + b.getHeight() <= a.getY();
                assertTrue(apart, a.getId() + " overlaps " + b.getId());
            }
            assertNoOverlap(a, a.getWidth(), a.getHeight());
        }
    }
}
