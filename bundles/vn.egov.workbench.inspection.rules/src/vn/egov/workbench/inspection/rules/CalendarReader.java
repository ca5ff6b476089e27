package vn.egov.workbench.inspection.rules;

import static vn.egov.workbench.inspection.rules.internal.SafeXml.*;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Reads one year's holiday file (root {@code <holiday-calendar year="2024">}). The checks catch the
 * usual slips when typing an announcement: a date in the wrong year, a "day off" that is a Saturday
 * anyway (wrong weekday), a compensatory working day that is not a weekend day, a date listed twice.
 */
final class CalendarReader {

    private CalendarReader() {
    }

    static CalendarYear read(InputStream in, String source) {
        Element root = parse(in, source, "holiday-calendar");
        int year = integer(root, "year", 1900, 9999, source);
        Set<DayOfWeek> weekend = weekend(root, source);
        Map<LocalDate, DayOff> off = new HashMap<>();
        Map<LocalDate, LocalText> working = new HashMap<>();
        for (Element el : children(root)) {
            LocalDate date = date(el, "date", source);
            if (date.getYear() != year) {
                throw new RuleViolation("calendar.dateOutsideYear", source, date, Integer.toString(year));
            }
            if (off.containsKey(date) || working.containsKey(date)) {
                throw new RuleViolation("calendar.duplicateDate", source, date);
            }
            LocalText name = new LocalText(required(el, "vi", source), required(el, "en", source));
            boolean weekendDay = weekend.contains(date.getDayOfWeek());
            switch (el.getTagName()) {
                case "day-off" -> {
                    if (weekendDay) {
                        throw new RuleViolation("calendar.dayOffOnWeekend", source, date);
                    }
                    off.put(date, new DayOff(date, required(el, "kind", source), name));
                }
                case "working-day" -> {
                    if (!weekendDay) {
                        throw new RuleViolation("calendar.workingDayNotWeekend", source, date);
                    }
                    working.put(date, name);
                }
                default -> throw unexpected(el, source);
            }
        }
        return new CalendarYear(year, weekend, off, working, source);
    }

    private static Set<DayOfWeek> weekend(Element root, String source) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String name : optional(root, "weekend").orElse("SATURDAY SUNDAY").split("\\s+")) {
            try {
                days.add(DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw bad(root, "weekend", name, source);
            }
        }
        return days;
    }
}
