package vn.egov.workbench.inspection.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.store.YearSummary;

/**
 * The year_totals table (migration 005): per year the rounds (by decision date), violation records
 * (by recording time), decisions, their fines and what was paid on them (by decision date). Every
 * write adds what the saved objects contribute now and takes away what their stored versions
 * contributed, in the write's own transaction. Collect the changes of a transaction with
 * {@link #add} / {@link #remove}, then {@link #write} them once.
 */
public final class YearTotals {

    /** Year to {rounds, records, decisions, total fines, collected}. */
    private final Map<Integer, long[]> delta = new TreeMap<>();

    /** Adds what an object (new or as it is being saved) contributes. */
    public YearTotals add(Entity e) {
        contribute(e, 1);
        return this;
    }

    /** Takes away what an object (as stored before the save) contributed. */
    public YearTotals remove(Entity e) {
        contribute(e, -1);
        return this;
    }

    private void contribute(Entity e, int sign) {
        if (e instanceof InspectionRound r && r.getDecisionDate() != null) {
            at(r.getDecisionDate().getYear())[0] += sign;
        } else if (e instanceof ViolationRecord v) {
            if (v.getRecordedAt() != null) {
                at(v.getRecordedAt().getYear())[1] += sign;
            }
            SanctionDecision d = v.getDecision();
            if (d != null && d.getDecidedOn() != null) {
                long[] y = at(d.getDecidedOn().getYear());
                y[2] += sign;
                y[3] += sign * d.getTotal();
                for (Payment p : d.getPayments()) {
                    y[4] += sign * p.getAmount();
                }
            }
        }
    }

    private long[] at(int year) {
        return delta.computeIfAbsent(year, k -> new long[5]);
    }

    /** Writes the collected changes; years whose figures did not change are not touched (no row lock). */
    public void write(Connection c) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE year_totals SET rounds = rounds + ?, records = records + ?, " //$NON-NLS-1$
                + "decisions = decisions + ?, total_fines = total_fines + ?, collected = collected + ? WHERE summary_year = ?")) { //$NON-NLS-1$
            for (Map.Entry<Integer, long[]> y : delta.entrySet()) {
                long[] d = y.getValue();
                if (d[0] == 0 && d[1] == 0 && d[2] == 0 && d[3] == 0 && d[4] == 0) {
                    continue;
                }
                update.setInt(1, (int) d[0]);
                update.setInt(2, (int) d[1]);
                update.setInt(3, (int) d[2]);
                update.setLong(4, d[3]);
                update.setLong(5, d[4]);
                update.setInt(6, y.getKey());
                if (update.executeUpdate() == 0) {
                    // a year outside the rows made by the migration (2000-2100): its first write makes its row
                    try (PreparedStatement insert = c.prepareStatement("INSERT INTO year_totals (summary_year, rounds, records, " //$NON-NLS-1$
                            + "decisions, total_fines, collected) VALUES (?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
                        insert.setInt(1, y.getKey());
                        insert.setInt(2, (int) d[0]);
                        insert.setInt(3, (int) d[1]);
                        insert.setInt(4, (int) d[2]);
                        insert.setLong(5, d[3]);
                        insert.setLong(6, d[4]);
                        insert.executeUpdate();
                    }
                }
            }
        }
        delta.clear();
    }

    /** The figures of a year: one row read by its key. */
    public static YearSummary read(Connection c, int year) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(SUMMARY_SQL)) {
            p.setInt(1, year);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? new YearSummary(year, r.getInt(1), r.getInt(2), r.getInt(3), r.getLong(4), r.getLong(5))
                        : new YearSummary(year, 0, 0, 0, 0, 0);
            }
        }
    }

    /** The statement of {@link #read}: public so that the benchmark runs the very same SQL as its baseline. */
    public static final String SUMMARY_SQL = "SELECT rounds, records, decisions, total_fines, collected FROM year_totals WHERE summary_year = ?"; //$NON-NLS-1$
}
