package vn.egov.workbench.inspection.rules;

import java.util.Locale;

/** How a deadline's amount is counted. */
public enum DeadlineUnit {
    /** Working days of state offices, from the holiday calendar. */
    WORKING_DAYS,
    /** Calendar days; a last day that is not a working day moves to the next working day. */
    DAYS,
    /** Calendar months; same rule for the last day. */
    MONTHS;

    /** "working-days", "days" or "months" as written in data files. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static DeadlineUnit ofCode(String code) {
        for (DeadlineUnit u : values()) {
            if (u.code().equals(code)) {
                return u;
            }
        }
        return null;
    }
}
