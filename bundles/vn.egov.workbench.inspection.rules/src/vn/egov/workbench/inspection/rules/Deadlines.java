package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Legal deadlines of a sanction case, from the rules in force on the day the period starts.
 *
 * <p>Counting (our reading of Civil Code 2015 Art. 147-148, which the sanctioning law relies on):
 * <ul>
 * <li>the start day is not counted; the period begins the next day;</li>
 * <li>working days: skip weekends, holidays and substitute days; count announced compensatory
 *     Saturdays;</li>
 * <li>days and months: the same calendar day after the period (a missing day such as 31 February
 *     becomes the month's last day); if that last day is not a working day the period ends on the
 *     next working day, so the office can still act;</li>
 * <li>statute of limitations: the same day in the last year, not moved (no act of the office is due
 *     that day; it only bounds when a decision may still be made).</li>
 * </ul>
 * The rule version is the one in force on the start date (record date, detection date), so a record
 * made in 2021 gets the 2012 law's calendar days and one made in 2024 the 2020 amendment's working days.
 */
public final class Deadlines {

    private final HolidayCalendar calendar;
    private final SanctionRules rules;

    public Deadlines(HolidayCalendar calendar, SanctionRules rules) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** Last day to make the violation record. */
    public LocalDate recordDeadline(LocalDate detectedOn, RecordKind kind) {
        return apply(rules.recordDeadline(kind, detectedOn), detectedOn);
    }

    /** Last day to issue the sanction decision, counted from the violation record. */
    public LocalDate decisionDeadline(LocalDate recordDate, CaseKind kind) {
        return apply(rules.decisionDeadline(kind, recordDate), recordDate);
    }

    /** Applies one deadline rule to a start date, as described in the class comment. */
    public LocalDate apply(DeadlineRule rule, LocalDate start) {
        Objects.requireNonNull(start, "start");
        return switch (rule.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, rule.amount());
            case DAYS -> calendar.onOrNextWorkingDay(start.plusDays(rule.amount()));
            case MONTHS -> calendar.onOrNextWorkingDay(start.plusMonths(rule.amount()));
        };
    }

    /**
     * The last day on which a sanction may still be decided.
     *
     * @param violationEnd the day the violation ended, or for an ongoing violation the day it was detected
     */
    public LocalDate statuteExpires(Sector sector, LocalDate violationEnd) {
        return violationEnd.plusYears(rules.statute(sector, violationEnd).years());
    }

    /** Whether a decision on {@code decisionDate} would be too late. */
    public boolean isTimeBarred(Sector sector, LocalDate violationEnd, LocalDate decisionDate) {
        return decisionDate.isAfter(statuteExpires(sector, violationEnd));
    }
}
