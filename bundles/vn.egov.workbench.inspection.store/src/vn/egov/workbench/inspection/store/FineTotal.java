package vn.egov.workbench.inspection.store;

import vn.egov.workbench.inspection.rules.CaseStatus;

/**
 * The fines of the decisions of one year, one violator sector and one case status. Money in whole
 * VND; {@code collected} is what was paid on those decisions.
 */
public record FineTotal(int year, String sector, CaseStatus status, int decisions, long total, long collected) {

    public long outstanding() {
        return total - collected;
    }
}
