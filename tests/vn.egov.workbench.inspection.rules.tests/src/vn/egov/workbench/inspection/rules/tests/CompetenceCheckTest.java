package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.CompetenceCheck;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.RuleResult;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.SignerRole;
import vn.egov.workbench.inspection.rules.ViolatorType;

class CompetenceCheckTest {

    private static final LocalDate ON = LocalDate.of(2024, 6, 3);
    private final CompetenceCheck check = BOOK.competence();
    private final SignerRole inspector = BOOK.rules().role("inspector-on-duty");
    private final SignerRole ministry = BOOK.rules().role("ministry-chief-inspector");

    private static Article article(String ref) {
        return BOOK.catalogue().require("15/2020", ref, ON);
    }

    @Test
    void inspectorOnDutyMayFineAnIndividualWithinThePostalCap() {
        // Đ8 k1 for an individual: range 300,000-500,000, within the 800,000 postal cap
        Article a = article("Đ8 k1");
        long fine = FineCalculator.fine(a, ViolatorType.INDIVIDUAL, 0, 0);
        assertEquals(400_000, fine);
        assertTrue(check.check(inspector, ViolatorType.INDIVIDUAL, List.of(a), fine, ON).isOk());
        // an organisation: 600,000-1,000,000 against the doubled cap 1,600,000
        assertTrue(check.check(inspector, ViolatorType.ORGANISATION, List.of(a), 800_000, ON).isOk());
    }

    @Test
    void behaviourWhoseRangeExceedsTheCapIsRefused() {
        // Đ8 k2 for an organisation goes up to 2,000,000 > 1,600,000: even the minimum fine is not the inspector's
        RuleResult r = check.check(inspector, ViolatorType.ORGANISATION, List.of(article("Đ8 k2")), 1_000_000, ON);
        assertRefused("competence.behaviourAboveCap", r);
        assertEquals("Inspector on duty may fine an organisation up to 1,600,000 VND in sector postal; "
                + "article Đ8 k2 (15/2020) allows up to 2,000,000 VND, so a higher authority must decide",
                r.message(EN));
        assertTrue(r.message(VI).startsWith("Thanh tra viên, người được giao thực hiện nhiệm vụ thanh tra chuyên"
                + " ngành đang thi hành công vụ chỉ được phạt tiền tổ chức đến 1.600.000 đồng"), r.message(VI));
    }

    @Test
    void totalAboveTheCapIsRefused() {
        // Đ8 k1 (postal, cap 800,000) at midpoint 400,000 + Đ35 k1 (internet point, cap 1,000,000) with one
        // aggravating circumstance 450,000 = 850,000 > the lowest cap 800,000
        Article postal = article("Đ8 k1");
        Article internet = article("Đ35 k1");
        long total = FineCalculator.fine(postal, ViolatorType.INDIVIDUAL, 0, 0)
                + FineCalculator.fine(internet, ViolatorType.INDIVIDUAL, 0, 1);
        assertEquals(850_000, total);
        RuleResult r = check.check(inspector, ViolatorType.INDIVIDUAL, List.of(postal, internet), total, ON);
        assertRefused("competence.totalAboveCap", r);
        assertEquals("The total fine 850,000 VND exceeds the competence of Inspector on duty "
                + "(800,000 VND for an individual in sector postal)", r.message(EN));
        assertTrue(r.message(VI).startsWith("Tổng số tiền phạt 850.000 đồng vượt thẩm quyền"), r.message(VI));
        // the ministry chief inspector may sign it
        assertTrue(check.check(ministry, ViolatorType.INDIVIDUAL, List.of(postal, internet), total, ON).isOk());
    }

    @Test
    void capIsInclusive() {
        assertTrue(check.checkTotal(inspector, Sector.POSTAL, ViolatorType.INDIVIDUAL, 800_000, ON).isOk());
        assertRefused("competence.totalAboveCap",
                check.checkTotal(inspector, Sector.POSTAL, ViolatorType.INDIVIDUAL, 800_001, ON));
        assertTrue(check.checkTotal(inspector, Sector.TELECOM, ViolatorType.INDIVIDUAL, 1_000_000, ON).isOk());
        assertRefused("competence.totalAboveCap",
                check.checkTotal(inspector, Sector.TELECOM, ViolatorType.INDIVIDUAL, 1_000_001, ON));
    }

    @Test
    void ministryChiefInspectorUpTo200Million() {
        Article a = article("Đ9 k2");
        assertTrue(check.check(ministry, ViolatorType.ORGANISATION, List.of(a), 25_000_000, ON).isOk());
        assertTrue(check.checkTotal(ministry, Sector.POSTAL, ViolatorType.ORGANISATION, 200_000_000, ON).isOk());
        assertRefused("competence.totalAboveCap",
                check.checkTotal(ministry, Sector.POSTAL, ViolatorType.ORGANISATION, 200_000_001, ON));
    }

    @Test
    void roleWithoutCompetenceInTheSectorOrDate() {
        SignerRole director = BOOK.rules().role("department-director");
        RuleResult r = check.checkTotal(director, Sector.PRESS, ViolatorType.INDIVIDUAL, 1, ON);
        assertRefused("competence.noRule", r);
        assertTrue(r.message(EN).contains("sector press"), r.message(EN));
        // before Decree 15/2020 took effect no cap is recorded
        assertRefused("competence.noRule",
                check.checkTotal(inspector, Sector.POSTAL, ViolatorType.INDIVIDUAL, 1, LocalDate.of(2020, 1, 6)));
        violation("rules.unknownRole", () -> BOOK.rules().role("village-head"));
    }

    @Test
    void emptyDecisionRefused() {
        assertRefused("fine.noBehaviours", check.check(inspector, ViolatorType.INDIVIDUAL, List.of(), 0, ON));
    }
}
