package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.egov.workbench.inspection.rules.HolidayCalendar;
import vn.egov.workbench.inspection.rules.RuleViolation;

class HolidayCalendarTest {

    private final HolidayCalendar cal = BOOK.calendar();

    @Test
    void shipsOneCalendarPerYear2020To2027() {
        assertEquals(List.of(2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027), List.copyOf(cal.years()));
    }

    @ParameterizedTest(name = "{0} working day: {1} ({2})")
    @CsvSource({
        "2021-02-09, true,  Tuesday before Tết Tân Sửu",
        "2021-02-10, false, 29 Tết 2021",
        "2021-02-16, false, mùng 5 Tết 2021 (last day off)",
        "2021-02-17, true,  first working day after Tết 2021",
        "2024-02-08, false, 29 Tết 2024",
        "2024-02-14, false, mùng 5 Tết 2024",
        "2024-02-15, true,  first working day after Tết 2024",
        "2024-04-29, false, Monday swapped with Saturday 4/5/2024",
        "2024-05-04, true,  compensatory working Saturday",
        "2024-05-05, false, ordinary Sunday",
        "2025-02-08, true,  compensatory Saturday after Tết 2025",
        "2025-04-26, true,  compensatory Saturday before 30/4/2025",
        "2025-05-02, false, swapped Friday",
        "2022-01-03, false, substitute: 1/1/2022 was a Saturday",
        "2022-04-11, false, substitute: Hùng Kings 10/4/2022 was a Sunday",
        "2021-05-03, false, substitute: 1/5/2021 was a Saturday",
        "2023-05-02, false, substitute for Hùng Kings on Saturday 29/4/2023",
        "2023-05-03, false, substitute for 30/4/2023 on a Sunday",
        "2023-09-04, false, substitute: 2/9/2023 was a Saturday",
        "2020-09-02, false, National Day 2020",
        "2020-09-03, true,  2020 had only one National Day (Labour Code 2012)",
        "2021-09-03, false, second National Day from 2021 (Labour Code 2019)",
        "2024-03-06, true,  ordinary Wednesday",
    })
    void workingDays(LocalDate date, boolean working, String why) {
        assertEquals(working, cal.isWorkingDay(date), why);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
        // Tết 2021 off Wed 10/2 - Tue 16/2: Tue 9 (1), 17 (2), 18 (3), 19 (4), Mon 22 (5), 23 (6), 24 (7)
        "2021-02-08, 7, 2021-02-24",
        "2021-02-09, 1, 2021-02-17",
        // Tết 2024 off Thu 8/2 - Wed 14/2: the next working day after Wed 7/2 is Thu 15/2
        "2024-02-07, 1, 2024-02-15",
        // Wed 7 (1), Thu 15 (2), Fri 16 (3), Mon 19 (4), 20 (5), 21 (6), Thu 22 (7)
        "2024-02-06, 7, 2024-02-22",
        // across the year end: 30-31/12 weekend, 1/1/2024 holiday
        "2023-12-29, 1, 2024-01-02",
        // Friday 3/5/2024 + 1 = the compensatory Saturday 4/5
        "2024-05-03, 1, 2024-05-04",
        // Friday 8/4/2022 + 1: weekend, then the substitute Monday 11/4
        "2022-04-08, 1, 2022-04-12",
        "2024-03-06, 0, 2024-03-06",
        // a period starting on a Saturday counts from Monday
        "2024-03-09, 1, 2024-03-11",
    })
    void addWorkingDays(LocalDate start, int days, LocalDate expected) {
        assertEquals(expected, cal.addWorkingDays(start, days));
    }

    @Test
    void describesDaysOff() {
        assertEquals("substitute", cal.dayOff(d("2022-04-11")).orElseThrow().kind());
        assertEquals("tet", cal.dayOff(d("2024-02-12")).orElseThrow().kind());
        assertEquals("Tết Nguyên đán Giáp Thìn", cal.dayOff(d("2024-02-12")).orElseThrow().name().in(VI));
        assertEquals("swap", cal.dayOff(d("2024-04-29")).orElseThrow().kind());
        assertTrue(cal.dayOff(d("2024-03-06")).isEmpty());
        assertTrue(cal.isCompensatoryWorkingDay(d("2024-05-04")));
        assertFalse(cal.isCompensatoryWorkingDay(d("2024-05-11")));
    }

    @Test
    void yearWithoutCalendarIsAnErrorInBothLanguages() {
        RuleViolation e = violation("calendar.noYear", () -> cal.isWorkingDay(d("2031-01-06")));
        assertEquals("No holiday calendar for year 2031", e.message(EN));
        assertEquals("No holiday calendar for year 2031", e.getMessage());
        assertEquals("Không có lịch ngày nghỉ cho năm 2031", e.message(VI));
    }

    @Test
    void countingIntoAYearWithoutCalendarFails() {
        // Thu 30/12/2027 + 1 = Fri 31/12; the next step needs 2028
        assertEquals(d("2027-12-31"), cal.addWorkingDays(d("2027-12-30"), 1));
        RuleViolation e = violation("calendar.noYear", () -> cal.addWorkingDays(d("2027-12-30"), 3));
        assertEquals("No holiday calendar for year 2028", e.message(EN));
    }

    @Test
    void negativeDaysRefused() {
        violation("input.negativeDays", () -> cal.addWorkingDays(d("2024-03-06"), -1));
    }

    private static final String Y2031 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <holiday-calendar year="2031">
              <day-off date="2031-01-01" kind="new-year" vi="Tết Dương lịch" en="New Year's Day"/>
              %s
            </holiday-calendar>
            """;

    @Test
    void pluginAddsAYear() {
        HolidayCalendar withPlugin = HolidayCalendar.builder().addBuiltIn()
                .add(xml(Y2031.formatted("")), "plugin:vn-2031.xml").build();
        assertFalse(withPlugin.isWorkingDay(d("2031-01-01")));
        assertTrue(withPlugin.isWorkingDay(d("2031-01-02")));
        // Wed 31/12/2030 has no calendar either: still an error
        violation("calendar.noYear", () -> withPlugin.isWorkingDay(d("2030-12-31")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "calendar.dayOffOnWeekend      | <day-off date='2031-01-04' kind='x' vi='a' en='b'/>",
        "calendar.workingDayNotWeekend | <working-day date='2031-01-06' vi='a' en='b'/>",
        "calendar.dateOutsideYear      | <day-off date='2030-12-31' kind='x' vi='a' en='b'/>",
        "calendar.duplicateDate        | <working-day date='2031-01-01' vi='a' en='b'/>",
        "xml.missingAttribute          | <day-off date='2031-01-02' vi='a' en='b'/>",
        "xml.badValue                  | <day-off date='2031-02-30' kind='x' vi='a' en='b'/>",
        "xml.unexpectedElement         | <holiday date='2031-01-02' vi='a' en='b'/>",
    })
    void badCalendarEntriesNameTheProblem(String key, String entry) {
        violation(key, () -> HolidayCalendar.builder().add(xml(Y2031.formatted(entry)), "plugin:bad.xml"));
    }

    @Test
    void aYearCanBeGivenOnlyOnce() {
        RuleViolation e = violation("calendar.duplicateYear", () -> HolidayCalendar.builder().addBuiltIn()
                .add(xml(Y2031.formatted("").replace("2031", "2024")), "plugin:vn-2024.xml"));
        assertTrue(e.message(EN).contains("data/holidays/vn-2024.xml"), e.message(EN));
    }
}
