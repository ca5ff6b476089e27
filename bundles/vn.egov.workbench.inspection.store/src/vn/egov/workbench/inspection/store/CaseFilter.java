package vn.egov.workbench.inspection.store;

import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;

/**
 * What the Cases table shows: the filters (null = any) and the order.
 *
 * @param status    the case status
 * @param sector    the violator's sector
 * @param year      the year of the violation record
 * @param subjectId the violator (an inspected subject's id), 0 = any
 * @param search    text found in the record number, the violator's name or the place, diacritics ignored
 * @param sort      the column to sort by
 * @param ascending the sort direction
 */
public record CaseFilter(CaseStatus status, Sector sector, Integer year, long subjectId, String search, Sort sort,
        boolean ascending) {

    /** The sortable columns, each with its SQL expression (a fixed list: never user text in SQL). */
    public enum Sort {
        NUMBER("v.number"), //$NON-NLS-1$
        RECORDED("v.recorded_at"), //$NON-NLS-1$
        VIOLATOR("s.name"), //$NON-NLS-1$
        SECTOR("s.sector"), //$NON-NLS-1$
        STATUS("v.status"), //$NON-NLS-1$
        TOTAL("d.total"); //$NON-NLS-1$

        final String sql;

        Sort(String sql) {
            this.sql = sql;
        }
    }

    public CaseFilter {
        sort = sort == null ? Sort.RECORDED : sort;
        search = search == null || search.isBlank() ? null : search;
    }

    /** Everything, newest first. */
    public static CaseFilter all() {
        return new CaseFilter(null, null, null, 0, null, Sort.RECORDED, false);
    }

    public CaseFilter withStatus(CaseStatus s) {
        return new CaseFilter(s, sector, year, subjectId, search, sort, ascending);
    }

    public CaseFilter withSector(Sector s) {
        return new CaseFilter(status, s, year, subjectId, search, sort, ascending);
    }

    public CaseFilter withYear(Integer y) {
        return new CaseFilter(status, sector, y, subjectId, search, sort, ascending);
    }

    public CaseFilter withSubject(long id) {
        return new CaseFilter(status, sector, year, id, search, sort, ascending);
    }

    public CaseFilter withSearch(String text) {
        return new CaseFilter(status, sector, year, subjectId, text, sort, ascending);
    }

    public CaseFilter sortedBy(Sort s, boolean asc) {
        return new CaseFilter(status, sector, year, subjectId, search, s, asc);
    }
}
