package vn.egov.workbench.architecture.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.architecture.model.GovernmentLevel;
import vn.egov.workbench.architecture.model.IntegrationPlatformKind;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.OnlineServiceLevel;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Owns;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.RuleRegistry;
import vn.egov.workbench.architecture.validation.Validator;

/**
 * Every built-in rule with a passing case (a change to the clean fixture that the rule must accept, usually an
 * edge of what it allows) and a failing case (a change it must report, naming the element in both languages).
 */
class RulesTest {

    record Case(String rule, String why, Consumer<Fixture> pass, Consumer<Fixture> fail, String english,
            String vietnamese) {
        @Override
        public String toString() {
            return rule + ": " + why;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("arch.framework.version", "no framework version",
                        f -> f.model.setFrameworkVersion("4.0"), f -> f.model.setFrameworkVersion(" "),
                        "architecture “Kiến trúc thử” does not say which framework version", "chưa ghi phiên bản"),
                new Case("arch.period", "period ends before it starts",
                        f -> f.model.setPeriodTo(0), f -> f.model.setPeriodTo(2019),
                        "ends (2019) before it starts (2020)", "kết thúc (2019)"),
                new Case("arch.name.required", "unnamed element",
                        f -> f.serves.setName(null), f -> f.office.setName(""),
                        "application “IOFFICE” has no name", "ứng dụng “IOFFICE” chưa có tên"),
                new Case("arch.code.unique", "two elements share a code",
                        f -> f.office.setCode(null), f -> f.office.setCode(" dvc "),
                        "application “VNPT-iOffice” has the code \"dvc\", which application “Cổng dịch vụ công”",
                        "trùng với ứng dụng “Cổng dịch vụ công”"),
                new Case("arch.application.owner", "application without owner",
                        f -> ownedByRelationship(f), f -> f.office.setOwner(null),
                        "application “VNPT-iOffice” has no owning unit", "ứng dụng “VNPT-iOffice” chưa có đơn vị chủ quản"),
                new Case("arch.application.security-level", "current application not classified",
                        f -> { f.office.setSecurityLevel(0); f.office.setLifecycleStatus(LifecycleStatus.TARGET); },
                        f -> f.office.setSecurityLevel(0),
                        "application “VNPT-iOffice” is in use but has no security level", "chưa được xác định cấp độ"),
                new Case("arch.application.online-service-security", "level-4 service on a level-2 system",
                        f -> { f.portal.setSecurityLevel(2); f.procedure.setOnlineServiceLevel(OnlineServiceLevel.LEVEL_2); },
                        f -> { f.portal.setSecurityLevel(2); f.procedure.setOnlineServiceLevel(OnlineServiceLevel.END_TO_END); },
                        "application “Cổng dịch vụ công” is at security level 2 but provides administrative procedure “Cấp giấy phép bưu chính” (end-to-end online service)",
                        "cung cấp thủ tục hành chính “Cấp giấy phép bưu chính” (dịch vụ công trực tuyến toàn trình)"),
                new Case("arch.exchange.integration", "data of another unit accessed directly",
                        f -> { f.officeViaLgsp.setSource(f.documents); },
                        f -> EcoreUtil.delete(f.officeViaLgsp),
                        "application “VNPT-iOffice” (of organisation unit “UBND huyện Đăk Hà”) accesses data entity “Văn bản điện tử”",
                        "mà không qua nền tảng tích hợp"),
                new Case("arch.relationship.ends", "relationship to an element of another model",
                        f -> f.serves.setSource(f.office),
                        f -> f.serves.setSource(Fixture.F.createApplication()),
                        "does not connect two elements of this model", "không nối hai thành phần"),
                new Case("arch.relationship.allowed", "policy serves an application",
                        f -> f.serves.setTarget(f.office),
                        f -> f.serves.setSource(f.policy),
                        "is not allowed from policy “Nghị định 85/2016/NĐ-CP” to administrative procedure",
                        "không được phép từ chính sách “Nghị định 85/2016/NĐ-CP”"),
                new Case("arch.regulation.number-date", "policy without date",
                        f -> f.policy.setIssuer("Chính phủ"), f -> f.policy.setIssueDate(null),
                        "policy “Nghị định 85/2016/NĐ-CP” needs both its number and its issue date",
                        "cần có cả số hiệu và ngày ban hành"),
                new Case("arch.diagram.node-element", "node shows an element of another model",
                        f -> f.portalNode.setElement(f.office),
                        f -> f.portalNode.setElement(Fixture.F.createApplication()),
                        "in diagram \"Sơ đồ tổng thể\" does not show an element of this model",
                        "trong sơ đồ \"Sơ đồ tổng thể\" không thể hiện"),
                new Case("arch.diagram.connection", "connection reversed",
                        f -> f.connection.setRelationship(null),
                        f -> { f.connection.setSource(f.procedureNode); f.connection.setTarget(f.portalNode); },
                        "does not join shapes of its diagram", "không nối các hình"),
                new Case("arch.organisation.parent-level", "district under a commune",
                        f -> commune(f).setParent(f.district),
                        f -> f.district.setParent(commune(f)),
                        "organisation unit “UBND huyện Đăk Hà” is at district level but its parent organisation unit “UBND xã” is at the lower commune level",
                        "thuộc cấp huyện nhưng đơn vị cấp trên đơn vị “UBND xã” lại thuộc cấp xã"),
                new Case("arch.organisation.parent-cycle", "units are each other's parent",
                        f -> f.province.setParent(null), f -> f.province.setParent(f.province),
                        "organisation unit “UBND tỉnh” is its own ancestor", "là cấp trên của chính nó"),
                new Case("arch.project.years", "project ends before it starts",
                        f -> f.project.setEndYear(2021), f -> f.project.setEndYear(2020),
                        "project “Nâng cấp LGSP” ends in 2020, before it starts in 2021", "kết thúc năm 2020"),
                new Case("arch.project.budget", "negative budget",
                        f -> f.project.setBudgetVnd(0), f -> f.project.setBudgetVnd(-1),
                        "project “Nâng cấp LGSP” has a negative budget (-1 VND)", "kinh phí âm"),
                new Case("arch.integration.lgsp-ngsp", "LGSP not connected to NGSP",
                        f -> { EcoreUtil.delete(f.lgspViaNgsp); f.lgsp.setLifecycleStatus(LifecycleStatus.TARGET); },
                        f -> f.ngsp.setPlatformKind(IntegrationPlatformKind.OTHER),
                        "integration platform “LGSP tỉnh” is an LGSP in use but is not connected", "chưa kết nối"),
                new Case("arch.property.key", "property without key",
                        f -> f.office.getProperties().add(property("url", "")),
                        f -> f.office.getProperties().add(property(" ", "x")),
                        "application “VNPT-iOffice” has a property without a key (value: x)", "không có tên khóa"),
                new Case("arch.metamodel", "security level out of range",
                        f -> f.office.setSecurityLevel(5), f -> f.office.setSecurityLevel(9),
                        "application “VNPT-iOffice”: ", "ứng dụng “VNPT-iOffice”: "))
                .map(Arguments::of);
    }

    @Test
    void theFixtureBreaksNoRule() {
        assertEquals(List.of(), Validator.validate(new Fixture().model));
    }

    @Test
    void everyBuiltInRuleHasATestCaseAndTexts() {
        List<String> tested = cases().map(a -> ((Case) a.get()[0]).rule()).sorted().toList();
        List<String> rules = RuleRegistry.builtIn().rules().stream().map(r -> r.id()).sorted().toList();
        assertEquals(rules, tested);
        assertTrue(rules.size() >= 15, rules.toString());
        for (var rule : RuleRegistry.builtIn().rules()) {
            assertTrue(!rule.title().in(Locale.ENGLISH).equals(rule.id() + ".title"), rule.id());
            assertTrue(!rule.title().in(Locale.of("vi")).equals(rule.title().in(Locale.ENGLISH)), rule.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void passingCase(Case c) {
        Fixture f = new Fixture();
        c.pass().accept(f);
        List<Problem> problems = Validator.validate(f.model);
        assertEquals(List.of(), problems.stream().filter(p -> p.ruleId().equals(c.rule())).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void failingCase(Case c) {
        Fixture f = new Fixture();
        c.fail().accept(f);
        List<Problem> mine = Validator.validate(f.model).stream().filter(p -> p.ruleId().equals(c.rule())).toList();
        assertEquals(1, mine.size(), mine.toString());
        Problem p = mine.get(0);
        String en = p.message(Locale.ENGLISH);
        String vi = p.message(Locale.of("vi", "VN"));
        assertTrue(en.contains(c.english()), en);
        assertTrue(vi.contains(c.vietnamese()), vi);

        f.model.getDisabledRules().add(c.rule()); // switched off for this model
        assertTrue(Validator.validate(f.model).stream().noneMatch(q -> q.ruleId().equals(c.rule())));
    }

    private static void ownedByRelationship(Fixture f) {
        f.office.setOwner(null);
        Owns owns = Fixture.F.createOwns();
        f.connect(owns, f.district, f.office);
    }

    private static OrganisationUnit commune(Fixture f) {
        OrganisationUnit commune = Fixture.F.createOrganisationUnit();
        commune.setName("UBND xã");
        commune.setLevel(GovernmentLevel.COMMUNE);
        f.add(commune);
        return commune;
    }

    private static Property property(String key, String value) {
        Property p = Fixture.F.createProperty();
        p.setKey(key);
        p.setValue(value);
        return p;
    }
}
