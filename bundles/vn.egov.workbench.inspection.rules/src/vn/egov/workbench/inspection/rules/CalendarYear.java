package vn.egov.workbench.inspection.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/** One year's file of the holiday calendar, as read. */
record CalendarYear(int year, Set<DayOfWeek> weekend, Map<LocalDate, DayOff> daysOff,
        Map<LocalDate, LocalText> workingDays, String source) {

    CalendarYear {
        weekend = Set.copyOf(weekend);
        daysOff = Map.copyOf(daysOff);
        workingDays = Map.copyOf(workingDays);
    }

    boolean isWorkingDay(LocalDate date) {
        if (workingDays.containsKey(date)) {
            return true;
        }
        return !daysOff.containsKey(date) && !weekend.contains(date.getDayOfWeek());
    }
}
