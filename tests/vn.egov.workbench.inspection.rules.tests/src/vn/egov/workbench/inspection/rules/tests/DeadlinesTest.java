package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.Deadlines;
import vn.egov.workbench.inspection.rules.RecordKind;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.Sector;

class DeadlinesTest {

    private final Deadlines deadlines = BOOK.deadlines();

    @ParameterizedTest(name = "detected {0}, {1}: record by {2}")
    @CsvSource({
        // Tết 2024 off Thu 8/2 - Wed 14/2; after Wed 7/2 the working days are 15, 16, 19, 20, 21...
        "2024-02-07, STANDARD,        2024-02-16",
        "2024-02-07, TECHNICAL_MEANS, 2024-02-19",
        "2024-02-07, COMPLEX,         2024-02-21",
        // ordinary week: Mon 4/3/2024 + 2 working days
        "2024-03-04, STANDARD,        2024-03-06",
    })
    void recordDeadlines(LocalDate detected, RecordKind kind, LocalDate expected) {
        assertEquals(expected, deadlines.recordDeadline(detected, kind));
    }

    @ParameterizedTest(name = "record {0}, {1}: decide by {2}")
    @CsvSource({
        // 7 working days across Tết 2024: 7/2 (1), 15 (2), 16 (3), 19 (4), 20 (5), 21 (6), 22 (7)
        "2024-02-06, STANDARD,    2024-02-22",
        // 10 working days: ... 22 (7), 23 (8), 26 (9), 27 (10)
        "2024-02-06, TRANSFERRED, 2024-02-27",
        // 1 month: Sat 10/2/2024 is in Tết; the next working day is Thu 15/2
        "2024-01-10, EXPLANATION, 2024-02-15",
        // 2 months: Mon 12/2/2024 is a Tết day; 13 and 14 too; so Thu 15/2
        "2023-12-12, COMPLEX,     2024-02-15",
        // 31/1 + 1 month = 29/2/2024 (leap year, month end), a Thursday
        "2024-01-31, EXPLANATION, 2024-02-29",
        // 31/3 + 1 month = 30/4/2024 (holiday), 1/5 holiday, so Thu 2/5
        "2024-03-31, EXPLANATION, 2024-05-02",
        // Thu 25/4/2024 + 7 working days: Fri 26 (1), [27-28 weekend, 29 swap, 30/4, 1/5], 2/5 (2), 3/5 (3),
        // Sat 4/5 compensatory (4), 6/5 (5), 7/5 (6), 8/5 (7)
        "2024-04-25, STANDARD,    2024-05-08",
        // the 2020 amendment applies from 1/1/2022: Tue 4/1/2022 + 7 working days
        "2022-01-04, STANDARD,    2022-01-13",
    })
    void decisionDeadlinesUnderTheAmendedLaw(LocalDate record, CaseKind kind, LocalDate expected) {
        assertEquals(expected, deadlines.decisionDeadline(record, kind));
    }

    @ParameterizedTest(name = "2012 law: record {0}, {1}: decide by {2}")
    @CsvSource({
        // 7 calendar days: Mon 8/2/2021 + 7 = Mon 15/2, a Tết day (off to 16/2): moved to Wed 17/2
        "2021-02-08, STANDARD,    2021-02-17",
        // 30 days: 15/1/2021 + 30 = Sun 14/2 (Tết), then 15 and 16 off: Wed 17/2
        "2021-01-15, EXPLANATION, 2021-02-17",
        // 60 days: 5/1/2021 + 60 = Sat 6/3/2021: Mon 8/3
        "2021-01-05, COMPLEX,     2021-03-08",
        // last day of the old law: 31/12/2021 + 7 = Fri 7/1/2022
        "2021-12-31, STANDARD,    2022-01-07",
    })
    void decisionDeadlinesBeforeTheAmendment(LocalDate record, CaseKind kind, LocalDate expected) {
        assertEquals(expected, deadlines.decisionDeadline(record, kind));
    }

    @Test
    void noRuleInForceIsReported() {
        // the 2012 law had no separate period for transferred files; record deadlines before 2022 are not recorded
        RuleViolation e = violation("rule.notInForce",
                () -> deadlines.decisionDeadline(d("2021-02-08"), CaseKind.TRANSFERRED));
        assertEquals("No rule for decision-deadline transferred is in force on 2021-02-08", e.message(EN));
        assertEquals("Không có quy định về decision-deadline transferred có hiệu lực vào ngày 08/02/2021",
                e.message(VI));
        violation("rule.notInForce", () -> deadlines.recordDeadline(d("2021-06-01"), RecordKind.STANDARD));
    }

    @Test
    void deadlineOutsideTheCalendarYearsFails() {
        violation("calendar.noYear", () -> deadlines.decisionDeadline(d("2027-12-27"), CaseKind.STANDARD));
    }

    @ParameterizedTest(name = "{0} violation ended {1}: statute expires {2}")
    @CsvSource({
        "postal,         2023-03-10, 2024-03-10",
        "courier,        2023-03-10, 2024-03-10",
        "telecom,        2023-03-10, 2024-03-10",
        "it,             2023-03-10, 2024-03-10",
        "internet-point, 2023-03-10, 2024-03-10",
        "press,          2023-03-10, 2025-03-10",
        "publishing,     2023-03-10, 2025-03-10",
        // 29/2 + 1 year: the last day of February
        "postal,         2024-02-29, 2025-02-28",
        // not moved to a working day: 10/2/2024 is in Tết but the statute is a bound, not an act due
        "telecom,        2023-02-10, 2024-02-10",
    })
    void statuteOfLimitations(String sector, LocalDate end, LocalDate expected) {
        assertEquals(expected, deadlines.statuteExpires(new Sector(sector), end));
    }

    @Test
    void timeBarredTheDayAfterExpiry() {
        assertFalse(deadlines.isTimeBarred(Sector.POSTAL, d("2023-03-10"), d("2024-03-10")));
        assertTrue(deadlines.isTimeBarred(Sector.POSTAL, d("2023-03-10"), d("2024-03-11")));
        assertFalse(deadlines.isTimeBarred(Sector.PRESS, d("2023-03-10"), d("2024-03-11")));
        assertTrue(deadlines.isTimeBarred(Sector.PRESS, d("2023-03-10"), d("2025-03-11")));
    }

    @Test
    void unknownSectorHasNoStatute() {
        RuleViolation e = violation("rule.notInForce",
                () -> deadlines.statuteExpires(new Sector("broadcasting"), d("2024-01-01")));
        assertTrue(e.message(EN).contains("statute broadcasting"), e.message(EN));
        violation("input.badSector", () -> new Sector("Bưu chính"));
    }
}
