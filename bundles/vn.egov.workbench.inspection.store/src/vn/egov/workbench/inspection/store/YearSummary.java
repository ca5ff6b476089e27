package vn.egov.workbench.inspection.store;

/**
 * The inspection figures of one year, as the yearly report gives them. Money in whole VND.
 *
 * @param rounds      inspection rounds whose decision is dated in the year
 * @param records     violation records made in the year
 * @param decisions   sanction decisions issued in the year
 * @param totalFines  the total of those decisions
 * @param collected   paid on those decisions (whenever paid)
 */
public record YearSummary(int year, int rounds, int records, int decisions, long totalFines, long collected) {

    /** Still to collect on the year's decisions. */
    public long outstanding() {
        return totalFines - collected;
    }
}
