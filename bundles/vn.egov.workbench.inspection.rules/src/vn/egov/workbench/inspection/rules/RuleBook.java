package vn.egov.workbench.inspection.rules;

import java.util.Objects;

/**
 * Everything a caller (CLI command, editor) needs, loaded once: the catalogue, the holiday calendar
 * and the rule parameters, with the services built on them. Immutable and thread-safe.
 */
public final class RuleBook {

    private final LegalCatalogue catalogue;
    private final HolidayCalendar calendar;
    private final SanctionRules rules;

    public RuleBook(LegalCatalogue catalogue, HolidayCalendar calendar, SanctionRules rules) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The data shipped in this bundle; plug-ins build their own with the builders and {@link #RuleBook}. */
    public static RuleBook builtIn() {
        return new RuleBook(LegalCatalogue.builtIn(), HolidayCalendar.builtIn(), SanctionRules.builtIn());
    }

    public LegalCatalogue catalogue() {
        return catalogue;
    }

    public HolidayCalendar calendar() {
        return calendar;
    }

    public SanctionRules rules() {
        return rules;
    }

    public Deadlines deadlines() {
        return new Deadlines(calendar, rules);
    }

    public Payments payments() {
        return new Payments(calendar, rules);
    }

    public CompetenceCheck competence() {
        return new CompetenceCheck(rules);
    }
}
