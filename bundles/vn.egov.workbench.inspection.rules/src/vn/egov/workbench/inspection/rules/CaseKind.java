package vn.egov.workbench.inspection.rules;

/** What decides the deadline for the sanction decision (Law on Handling Administrative Violations, Art. 66). */
public enum CaseKind {
    /** The ordinary case. */
    STANDARD("standard"),
    /** The file was transferred to the competent person. */
    TRANSFERRED("transferred"),
    /** The violator asked to explain, or facts must be verified. */
    EXPLANATION("explanation"),
    /** Particularly serious and complex (with the extension). */
    COMPLEX("complex");

    private final String code;

    CaseKind(String code) {
        this.code = code;
    }

    /** The kind code used in data/rules. */
    public String code() {
        return code;
    }
}
