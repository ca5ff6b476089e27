package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;

/**
 * A weekday on which state offices are closed: a public holiday, a Tết day, a substitute day for a
 * holiday that fell on a weekend, or a day swapped with a compensatory working Saturday.
 *
 * @param kind a data code: new-year, tet, hung-kings, reunification, labour, national-day, substitute, swap
 */
public record DayOff(LocalDate date, String kind, LocalText name) {
}
