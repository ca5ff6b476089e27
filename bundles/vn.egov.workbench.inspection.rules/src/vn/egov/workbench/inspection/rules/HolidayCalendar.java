package vn.egov.workbench.inspection.rules;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import vn.egov.workbench.inspection.rules.internal.BuiltInData;

/**
 * Working days of Vietnamese state offices, from one data file per year (official days off,
 * substitute days, compensatory working Saturdays). A date in a year without a file is an error,
 * never a guess: the government announces Tết days each year, so "probably Monday-Friday" would
 * give wrong legal deadlines.
 */
public final class HolidayCalendar {

    private final TreeMap<Integer, CalendarYear> years;

    private HolidayCalendar(TreeMap<Integer, CalendarYear> years) {
        this.years = new TreeMap<>(years);
    }

    /** The calendars shipped in this bundle (data/holidays). */
    public static HolidayCalendar builtIn() {
        return builder().addBuiltIn().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Throws "calendar.noYear" for a year without a calendar file. */
    public boolean isWorkingDay(LocalDate date) {
        return year(date).isWorkingDay(date);
    }

    /**
     * The date {@code days} working days after {@code start}, not counting {@code start} itself
     * (Civil Code 2015 Art. 147: a period starts the day after the event). With 0, {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        Objects.requireNonNull(start, "start");
        if (days < 0) {
            throw new RuleViolation("input.negativeDays", days);
        }
        LocalDate date = start;
        for (int left = days; left > 0; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /** {@code date} itself if it is a working day, otherwise the next working day. */
    public LocalDate onOrNextWorkingDay(LocalDate date) {
        LocalDate d = Objects.requireNonNull(date, "date");
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The holiday, substitute or swapped day off on a weekday, if any. */
    public Optional<DayOff> dayOff(LocalDate date) {
        return Optional.ofNullable(year(date).daysOff().get(date));
    }

    /** Whether a weekend day is an announced working day (làm bù). */
    public boolean isCompensatoryWorkingDay(LocalDate date) {
        return year(date).workingDays().containsKey(date);
    }

    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    private CalendarYear year(LocalDate date) {
        CalendarYear year = years.get(date.getYear());
        if (year == null) {
            throw new RuleViolation("calendar.noYear", Integer.toString(date.getYear()));
        }
        return year;
    }

    /** Collects yearly files; a year may be given once. */
    public static final class Builder {
        private final TreeMap<Integer, CalendarYear> years = new TreeMap<>();

        private Builder() {
        }

        public Builder addBuiltIn() {
            BuiltInData.readEach("holidays", this::add);
            return this;
        }

        /** Adds one year's file (e.g. from a plug-in for a year announced later). The stream is not closed. */
        public Builder add(InputStream in, String source) {
            CalendarYear year = CalendarReader.read(in, source);
            CalendarYear known = years.putIfAbsent(year.year(), year);
            if (known != null) {
                throw new RuleViolation("calendar.duplicateYear", source, Integer.toString(year.year()),
                        known.source());
            }
            return this;
        }

        public HolidayCalendar build() {
            return new HolidayCalendar(years);
        }
    }
}
