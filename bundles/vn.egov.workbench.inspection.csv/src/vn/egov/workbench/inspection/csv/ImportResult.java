package vn.egov.workbench.inspection.csv;

/** What an import wrote (in one transaction). */
public record ImportResult(int rounds, int subjects, int records, int decisions) {
}
