package vn.egov.workbench.inspection.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;
import vn.egov.workbench.inspection.store.CaseQuery;
import vn.egov.workbench.inspection.store.CaseRow;
import vn.egov.workbench.inspection.store.Page;

/**
 * The Cases list's SQL. Two steps: the page's ids from violation_record alone (its filter index
 * gives them in order and the database stops after the page), then the rows of those ids with
 * violator, round, decision and payments. Sorting the joined rows of a whole year first would
 * cost far more than a page. Every value is a bound parameter; column names come from an enum.
 */
public final class CaseQuerySql {

    static final String DETAILS = "SELECT v.id, v.version, v.number, v.recorded_at, v.status, v.case_kind, " //$NON-NLS-1$
            + "s.id, s.name, s.violator_type, v.violator_sector, r.decision_number, d.number, d.decided_on, d.total, " //$NON-NLS-1$
            + "(SELECT COALESCE(SUM(p.amount), 0) FROM payment p WHERE p.parent_id = d.id) " //$NON-NLS-1$
            + "FROM violation_record v LEFT JOIN inspected_subject s ON s.id = v.violator_id " //$NON-NLS-1$
            + "LEFT JOIN inspection_round r ON r.id = v.round_id LEFT JOIN sanction_decision d ON d.parent_id = v.id " //$NON-NLS-1$
            + "WHERE v.id IN ("; //$NON-NLS-1$

    private CaseQuerySql() {
    }

    public static Page<CaseRow> find(Connection c, CaseQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String where = where(q, args);
        String key = switch (q.sort()) {
            case RECORDED_AT -> "v.recorded_at"; //$NON-NLS-1$
            case NUMBER -> "v.number"; //$NON-NLS-1$
            case STATUS -> "v.status"; //$NON-NLS-1$
            case SECTOR -> "v.violator_sector"; //$NON-NLS-1$
            case VIOLATOR -> "s.name"; //$NON-NLS-1$
            case TOTAL_FINE -> "d.total"; //$NON-NLS-1$
        };
        String join = switch (q.sort()) {
            case VIOLATOR -> " LEFT JOIN inspected_subject s ON s.id = v.violator_id"; //$NON-NLS-1$
            case TOTAL_FINE -> " LEFT JOIN sanction_decision d ON d.parent_id = v.id"; //$NON-NLS-1$
            default -> ""; //$NON-NLS-1$
        };
        String dir = q.ascending() ? " ASC" : " DESC"; //$NON-NLS-1$ //$NON-NLS-2$
        // offset and size as literals (ints from the builder): the planners then know the page is small
        String sql = "SELECT v.id FROM violation_record v" + join + where + " ORDER BY " + key + dir + ", v.id" + dir //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " OFFSET " + q.offset() + " ROWS FETCH NEXT " + (q.limit() + 1) + " ROWS ONLY"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = prepare(c, sql, args); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                ids.add(r.getLong(1));
            }
        }
        boolean more = ids.size() > q.limit();
        if (more) {
            ids.remove(ids.size() - 1);
        }
        return new Page<>(rows(c, ids), q.offset(), q.limit(), more);
    }

    public static long count(Connection c, CaseQuery q) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = "SELECT COUNT(*) FROM violation_record v" + where(q, args); //$NON-NLS-1$
        try (PreparedStatement p = prepare(c, sql, args); ResultSet r = p.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The rows of these record ids, in this order. */
    public static List<CaseRow> rows(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String sql = DETAILS + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Map<Long, CaseRow> byId = new HashMap<>();
        try (PreparedStatement p = prepare(c, sql, new ArrayList<>(ids)); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                CaseRow row = row(r);
                byId.putIfAbsent(row.id(), row);
            }
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static CaseRow row(ResultSet r) throws SQLException {
        long subject = r.getLong(7);
        Long violator = r.wasNull() ? null : subject;
        String type = r.getString(9);
        String sector = r.getString(10);
        long total = r.getLong(14);
        Long totalFine = r.wasNull() ? null : total;
        return new CaseRow(r.getLong(1), r.getInt(2), r.getString(3), r.getObject(4, LocalDateTime.class),
                CaseStatus.valueOf(r.getString(5)), CaseKind.valueOf(r.getString(6)), violator, r.getString(8),
                type == null ? null : ViolatorType.valueOf(type), sector == null ? null : new Sector(sector),
                r.getString(11), r.getString(12), r.getObject(13, LocalDate.class), totalFine, r.getLong(15));
    }

    private static String where(CaseQuery q, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (q.statuses().size() == 1) {
            // "=" rather than "IN (?)": H2 then uses the status column of the filter index with the others
            conditions.add("v.status = ?"); //$NON-NLS-1$
            args.add(q.statuses().iterator().next().name());
        } else if (!q.statuses().isEmpty()) {
            conditions.add("v.status IN (" + String.join(", ", java.util.Collections.nCopies(q.statuses().size(), "?")) + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            q.statuses().stream().map(Enum::name).sorted().forEach(args::add);
        }
        if (q.sector() != null) {
            conditions.add("v.violator_sector = ?"); //$NON-NLS-1$
            args.add(q.sector().code());
        }
        if (q.year() != null) {
            conditions.add("v.recorded_at >= ? AND v.recorded_at < ?"); //$NON-NLS-1$
            args.add(LocalDateTime.of(q.year(), 1, 1, 0, 0));
            args.add(LocalDateTime.of(q.year() + 1, 1, 1, 0, 0));
        }
        if (q.violatorId() != null) {
            conditions.add("v.violator_id = ?"); //$NON-NLS-1$
            args.add(q.violatorId());
        }
        if (q.roundId() != null) {
            conditions.add("v.round_id = ?"); //$NON-NLS-1$
            args.add(q.roundId());
        }
        for (String word : q.words()) {
            conditions.add("v.search_text LIKE ? ESCAPE '!'"); //$NON-NLS-1$
            args.add('%' + word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + '%'); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> args) throws SQLException {
        PreparedStatement p = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            p.setObject(i + 1, args.get(i));
        }
        return p;
    }
}
