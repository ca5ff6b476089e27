package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.DeadlineUnit;
import vn.egov.workbench.inspection.rules.RecordKind;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.SanctionRules;
import vn.egov.workbench.inspection.rules.ViolatorType;

class SanctionRulesTest {

    private static final LocalDate ON = LocalDate.of(2024, 6, 3);
    private final SanctionRules rules = BOOK.rules();

    @Test
    void builtInParameters() {
        assertEquals(2, rules.recordDeadline(RecordKind.STANDARD, ON).amount());
        assertEquals(5, rules.recordDeadline(RecordKind.COMPLEX, ON).amount());
        assertEquals(3, rules.recordDeadline(RecordKind.TECHNICAL_MEANS, ON).amount());
        assertEquals(DeadlineUnit.WORKING_DAYS, rules.decisionDeadline(CaseKind.TRANSFERRED, ON).unit());
        assertEquals(10, rules.decisionDeadline(CaseKind.TRANSFERRED, ON).amount());
        assertEquals(DeadlineUnit.MONTHS, rules.decisionDeadline(CaseKind.COMPLEX, ON).unit());
        assertEquals(2, rules.decisionDeadline(CaseKind.COMPLEX, ON).amount());
        // the 2012 law, before the amendment: calendar days, marked unconfirmed
        assertEquals(DeadlineUnit.DAYS, rules.decisionDeadline(CaseKind.STANDARD, LocalDate.of(2021, 12, 31)).unit());
        assertFalse(rules.decisionDeadline(CaseKind.STANDARD, LocalDate.of(2021, 12, 31)).confirmed());
        assertEquals(10, rules.payment(ON).dueDays());
        assertEquals(5, rules.payment(ON).lateBasisPointsPerDay());
        assertEquals(3, rules.instalments(ON).maxPayments());
        assertEquals(6, rules.instalments(ON).maxMonths());
        assertEquals(1, rules.statute(Sector.TELECOM, ON).years());
        assertEquals(2, rules.statute(Sector.PUBLISHING, ON).years());
        assertEquals(800_000, rules.competence(rules.role("inspector-on-duty"), Sector.POSTAL, ON)
                .cap(ViolatorType.INDIVIDUAL));
        assertEquals(1_000_000, rules.competence(rules.role("inspector-on-duty"), Sector.IT, ON)
                .cap(ViolatorType.INDIVIDUAL));
        assertEquals(200_000_000, rules.competence(rules.role("ministry-chief-inspector"), Sector.TELECOM, ON)
                .cap(ViolatorType.ORGANISATION));
        assertEquals(5, rules.roles().size());
    }

    private static final String LATER_PAYMENT = """
            <sanction-rules>
              <payment due-days="15" late-bp-per-day="3" effective-from="%s" basis="test"/>
            </sanction-rules>
            """;

    @Test
    void aPluginCanAddALaterVersionButNotAnOverlappingOne() {
        // the built-in payment rule is open-ended, so any later version overlaps it
        violation("data.overlap", () -> SanctionRules.builder().addBuiltIn()
                .add(xml(LATER_PAYMENT.formatted("2030-01-01")), "plugin:payment.xml"));
        SanctionRules alone = SanctionRules.builder()
                .add(xml(LATER_PAYMENT.formatted("2030-01-01")), "plugin:payment.xml").build();
        assertEquals(15, alone.payment(LocalDate.of(2030, 1, 1)).dueDays());
        violation("rule.notInForce", () -> alone.payment(LocalDate.of(2029, 12, 31)));
    }

    @Test
    void badRuleFilesNameTheProblem() {
        violation("rules.unknownRole", () -> SanctionRules.builder().add(xml("""
                <sanction-rules>
                  <competence role="village-head" sectors="postal" individual-cap="1" organisation-cap="2"
                      effective-from="2024-01-01" basis="test"/>
                </sanction-rules>"""), "p"));
        violation("xml.badValue", () -> SanctionRules.builder().add(xml("""
                <sanction-rules>
                  <decision-deadline kind="urgent" amount="1" unit="days" effective-from="2024-01-01" basis="t"/>
                </sanction-rules>"""), "p"));
        violation("xml.badValue", () -> SanctionRules.builder().add(xml("""
                <sanction-rules>
                  <decision-deadline kind="standard" amount="1" unit="weeks" effective-from="2024-01-01" basis="t"/>
                </sanction-rules>"""), "p"));
        violation("data.periodReversed", () -> SanctionRules.builder().add(xml("""
                <sanction-rules>
                  <payment due-days="10" late-bp-per-day="5" effective-from="2024-01-01" effective-to="2023-01-01"
                      basis="t"/>
                </sanction-rules>"""), "p"));
        violation("xml.missingAttribute", () -> SanctionRules.builder().add(xml("""
                <sanction-rules>
                  <payment due-days="10" late-bp-per-day="5" effective-from="2024-01-01"/>
                </sanction-rules>"""), "p"));
    }
}
