package vn.egov.workbench.inspection.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.store.SearchText;

/**
 * Keeps the Cases list's derived columns of violation_record (migration 004) in step with the data:
 * search_text (number, violator, codes and place, folded) and violator_sector. They are not in the
 * model, so the reflective mapper never writes them; every save path calls this in its transaction.
 */
public final class CaseIndex {

    private static final String UPDATE = "UPDATE violation_record SET search_text = ?, violator_sector = ? WHERE id = ?"; //$NON-NLS-1$

    private CaseIndex() {
    }

    public static String searchText(String number, String violator, String taxCode, String idNumber, String place) {
        String text = SearchText.fold(String.join(" ", nz(number), nz(violator), nz(taxCode), nz(idNumber), nz(place))); //$NON-NLS-1$
        // bounded so that it fits in the filter index (migration 004) of both databases
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    public static String searchText(ViolationRecord r) {
        InspectedSubject s = r.getViolator();
        return s == null ? searchText(r.getNumber(), null, null, null, r.getPlace())
                : searchText(r.getNumber(), s.getName(), s.getTaxCode(), s.getIdNumber(), r.getPlace());
    }

    public static String sector(ViolationRecord r) {
        return r.getViolator() == null || r.getViolator().getSector() == null ? null : r.getViolator().getSector().code();
    }

    private static String nz(String s) {
        return s == null ? "" : s; //$NON-NLS-1$
    }

    /** After a record or subject was written: its records' derived columns. */
    public static void afterSave(Connection c, Entity e) throws SQLException {
        if (e instanceof ViolationRecord r) {
            try (PreparedStatement p = c.prepareStatement(UPDATE)) {
                p.setString(1, searchText(r));
                p.setString(2, sector(r));
                p.setLong(3, r.getId());
                p.executeUpdate();
            }
        } else if (e instanceof InspectedSubject s) {
            refresh(c, " WHERE v.violator_id = " + s.getId()); //$NON-NLS-1$
        }
    }

    /** Fills the derived columns of every record (once, when migration 004 was just applied). */
    public static void backfill(Connection c) throws SQLException {
        refresh(c, ""); //$NON-NLS-1$
    }

    private static void refresh(Connection c, String where) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT v.id, v.number, v.place, s.name, s.tax_code, s.id_number, s.sector " //$NON-NLS-1$
                + "FROM violation_record v LEFT JOIN inspected_subject s ON s.id = v.violator_id" + where); //$NON-NLS-1$
                ResultSet r = p.executeQuery()) {
            while (r.next()) {
                rows.add(new Object[] { r.getLong(1),
                        searchText(r.getString(2), r.getString(4), r.getString(5), r.getString(6), r.getString(3)),
                        r.getString(7) });
            }
        }
        try (PreparedStatement p = c.prepareStatement(UPDATE)) {
            int n = 0;
            for (Object[] row : rows) {
                p.setString(1, (String) row[1]);
                p.setString(2, (String) row[2]);
                p.setLong(3, (Long) row[0]);
                p.addBatch();
                if (++n % 1000 == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }
}
