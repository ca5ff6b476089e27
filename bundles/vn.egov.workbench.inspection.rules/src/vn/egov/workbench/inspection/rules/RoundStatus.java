package vn.egov.workbench.inspection.rules;

/**
 * Status of an inspection round (Law on Inspection): preparation (planned, decision announced),
 * conduct (on site), closing (results report, conclusion, publication of the conclusion).
 */
public enum RoundStatus {
    PLANNED,
    ANNOUNCED,
    ON_SITE,
    REPORTING,
    CONCLUDED,
    PUBLISHED;

    public LocalText label() {
        return Messages.text("status.round." + name());
    }
}
