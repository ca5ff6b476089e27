package vn.egov.workbench.inspection.rules;

/** What decides the deadline for making a violation record (biên bản vi phạm hành chính). */
public enum RecordKind {
    /** The ordinary case. */
    STANDARD("standard"),
    /** Complicated facts or many organisations and persons involved. */
    COMPLEX("complex"),
    /** Detected with technical means; the period runs from identifying the violator. */
    TECHNICAL_MEANS("technical-means");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    /** The kind code used in data/rules. */
    public String code() {
        return code;
    }
}
