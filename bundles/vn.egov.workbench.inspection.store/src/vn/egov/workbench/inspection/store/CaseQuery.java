package vn.egov.workbench.inspection.store;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;

/**
 * What the Cases list asks the store for: filters (status, violator's sector, year recorded,
 * violator, round, search words), a sort and a page. Immutable; build with {@link #builder()}:
 *
 * <pre>
 * CaseQuery q = CaseQuery.builder().status(CaseStatus.DECIDED).sector(Sector.POSTAL).year(2020)
 *         .search("ngoc linh").sort(CaseQuery.Sort.RECORDED_AT, false).page(0, 50).build();
 * Page&lt;CaseRow&gt; page = store.findCases(q);   long all = store.countCases(q);
 * </pre>
 *
 * The search matches every word (any order) in the record number, violator name, tax code or ID
 * number and place, ignoring case and diacritics ({@link SearchText#fold}).
 */
public final class CaseQuery {

    /** Sort keys; ties are broken by the record id in the same direction, so pages are stable. */
    public enum Sort {
        RECORDED_AT, NUMBER, STATUS, VIOLATOR, SECTOR, TOTAL_FINE
    }

    private final Set<CaseStatus> statuses;
    private final Sector sector;
    private final Integer year;
    private final Long violatorId;
    private final Long roundId;
    private final List<String> words;
    private final Sort sort;
    private final boolean ascending;
    private final int offset;
    private final int limit;

    private CaseQuery(Builder b) {
        statuses = b.statuses.isEmpty() ? Set.of() : Set.copyOf(b.statuses);
        sector = b.sector;
        year = b.year;
        violatorId = b.violatorId;
        roundId = b.roundId;
        String folded = SearchText.fold(b.search);
        words = folded.isEmpty() ? List.of() : List.of(folded.split(" ")); //$NON-NLS-1$
        sort = b.sort;
        ascending = b.ascending;
        offset = b.offset;
        limit = b.limit;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Empty: any status. */
    public Set<CaseStatus> statuses() {
        return statuses;
    }

    public Sector sector() {
        return sector;
    }

    public Integer year() {
        return year;
    }

    public Long violatorId() {
        return violatorId;
    }

    public Long roundId() {
        return roundId;
    }

    /** The search words, folded. */
    public List<String> words() {
        return words;
    }

    public Sort sort() {
        return sort;
    }

    public boolean ascending() {
        return ascending;
    }

    public int offset() {
        return offset;
    }

    public int limit() {
        return limit;
    }

    /** The same filters and sort, another page. */
    public CaseQuery page(int newOffset, int newLimit) {
        return copy().page(newOffset, newLimit).build();
    }

    /** The same filters and page, another sort (a click on a column header). */
    public CaseQuery sorted(Sort key, boolean asc) {
        return copy().sort(key, asc).page(offset, limit).build();
    }

    private Builder copy() {
        Builder b = new Builder();
        b.statuses.addAll(statuses);
        b.sector = sector;
        b.year = year;
        b.violatorId = violatorId;
        b.roundId = roundId;
        b.search = String.join(" ", words); //$NON-NLS-1$
        b.sort = sort;
        b.ascending = ascending;
        return b;
    }

    public static final class Builder {
        private final Set<CaseStatus> statuses = EnumSet.noneOf(CaseStatus.class);
        private Sector sector;
        private Integer year;
        private Long violatorId;
        private Long roundId;
        private String search;
        private Sort sort = Sort.RECORDED_AT;
        private boolean ascending;
        private int offset;
        private int limit = 50;

        private Builder() {
        }

        /** Cases in any of these statuses (none given: any status). */
        public Builder status(CaseStatus... any) {
            statuses.addAll(List.of(any));
            return this;
        }

        public Builder statuses(Set<CaseStatus> any) {
            statuses.addAll(any);
            return this;
        }

        /** The violator's sector; null: any. */
        public Builder sector(Sector s) {
            sector = s;
            return this;
        }

        /** Recorded in this year; null: any. */
        public Builder year(Integer y) {
            year = y;
            return this;
        }

        public Builder violator(Long subjectId) {
            violatorId = subjectId;
            return this;
        }

        public Builder round(Long id) {
            roundId = id;
            return this;
        }

        /** Words to find, ignoring case and diacritics; blank: no search. */
        public Builder search(String text) {
            search = text;
            return this;
        }

        /** Default: newest first (RECORDED_AT, descending). */
        public Builder sort(Sort key, boolean asc) {
            sort = Objects.requireNonNull(key, "key"); //$NON-NLS-1$
            ascending = asc;
            return this;
        }

        /** Default: the first 50 rows. */
        public Builder page(int from, int size) {
            if (from < 0 || size < 1 || size > 10_000) {
                throw new IllegalArgumentException("page " + from + "+" + size); //$NON-NLS-1$ //$NON-NLS-2$
            }
            offset = from;
            limit = size;
            return this;
        }

        public CaseQuery build() {
            return new CaseQuery(this);
        }
    }
}
