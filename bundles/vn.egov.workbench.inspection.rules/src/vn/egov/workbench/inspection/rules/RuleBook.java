package vn.egov.workbench.inspection.rules;

import java.util.Objects;

import vn.egov.workbench.inspection.rules.internal.ContributedData;

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

    private static volatile RuleBook defaultBook;

    /**
     * The data shipped in this bundle and the catalogues and holiday calendars that plug-ins contribute to the
     * extension point {@code vn.egov.workbench.inspection.rules.data}, read once on first use. A contributed file
     * that cannot be used is left out and reported with its plug-in's name. Outside OSGi: the built-in data.
     */
    public static RuleBook getDefault() {
        RuleBook book = defaultBook;
        if (book == null) {
            synchronized (RuleBook.class) {
                book = defaultBook;
                if (book == null) {
                    book = ContributedData.read();
                    defaultBook = book;
                }
            }
        }
        return book;
    }

    /** The data shipped in this bundle only; plug-ins build their own with the builders and {@link #RuleBook}. */
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
