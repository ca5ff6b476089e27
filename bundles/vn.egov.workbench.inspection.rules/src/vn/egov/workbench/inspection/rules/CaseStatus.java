package vn.egov.workbench.inspection.rules;

/**
 * Status of a sanction case: detection, violation record, optional explanation, decision,
 * then payment (at once, in instalments or by enforcement) and closing; or dropped before a decision.
 */
public enum CaseStatus {
    DETECTED,
    RECORDED,
    EXPLANATION,
    DECIDED,
    INSTALMENTS,
    ENFORCEMENT,
    PAID,
    CLOSED,
    DROPPED;

    public LocalText label() {
        return Messages.text("status.case." + name());
    }
}
