package vn.egov.workbench.inspection.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.store.internal.Mapper;

/**
 * The read queries the workbench's views need besides the Cases list (which is
 * {@link InspectionStore#findCases}): the rounds and subjects, the years with data, fine totals and
 * the open cases. Plain SQL that H2 and PostgreSQL both run; read-only.
 */
public final class StoreQueries {

    private static final InspectionPackage P = InspectionPackage.eINSTANCE;
    private static final String CASE_FROM = " FROM violation_record v LEFT JOIN inspected_subject s ON s.id = v.violator_id " //$NON-NLS-1$
            + "LEFT JOIN sanction_decision d ON d.parent_id = v.id"; //$NON-NLS-1$
    private static final String PAID = "COALESCE((SELECT SUM(p.amount) FROM payment p WHERE p.parent_id = d.id), 0)"; //$NON-NLS-1$

    private final InspectionStore store;

    public StoreQueries(InspectionStore store) {
        this.store = store;
    }

    /** Every round, the newest decision first. */
    public List<InspectionRound> rounds() {
        return store.query(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM inspection_round ORDER BY decision_date DESC, id DESC"); //$NON-NLS-1$
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            Mapper.Resolver resolver = Mapper.Resolver.caching(c, new HashMap<>());
            List<InspectionRound> out = new ArrayList<>();
            for (long id : ids) {
                out.add((InspectionRound) resolver.resolve(P.getInspectionRound(), id));
            }
            return out;
        });
    }

    /** Every inspected subject, by name. */
    public List<InspectedSubject> subjects() {
        return store.query(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM inspected_subject ORDER BY name, id"); //$NON-NLS-1$
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            Mapper.Resolver resolver = Mapper.Resolver.caching(c, new HashMap<>());
            List<InspectedSubject> out = new ArrayList<>();
            for (long id : ids) {
                out.add((InspectedSubject) resolver.resolve(P.getInspectedSubject(), id));
            }
            return out;
        });
    }

    /** The years in which cases were recorded, newest first. */
    public List<Integer> years() {
        return store.query(c -> {
            List<Integer> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT EXTRACT(YEAR FROM recorded_at) y " //$NON-NLS-1$
                    + "FROM violation_record WHERE recorded_at IS NOT NULL ORDER BY y DESC"); //$NON-NLS-1$
                    ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(r.getInt(1));
                }
            }
            return out;
        });
    }

    /** The decisions' fines by year of decision, violator sector and case status. */
    public List<FineTotal> fineTotals() {
        String sql = "SELECT EXTRACT(YEAR FROM d.decided_on) y, s.sector, v.status, COUNT(*), SUM(d.total), SUM(" + PAID + ") " //$NON-NLS-1$ //$NON-NLS-2$
                + "FROM sanction_decision d JOIN violation_record v ON v.id = d.parent_id " //$NON-NLS-1$
                + "LEFT JOIN inspected_subject s ON s.id = v.violator_id WHERE d.decided_on IS NOT NULL " //$NON-NLS-1$
                + "GROUP BY EXTRACT(YEAR FROM d.decided_on), s.sector, v.status ORDER BY y, s.sector, v.status"; //$NON-NLS-1$
        return store.query(c -> {
            List<FineTotal> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new FineTotal(r.getInt(1), r.getString(2), status(r.getString(3)), r.getInt(4), r.getLong(5),
                            r.getLong(6)));
                }
            }
            return out;
        });
    }

    /** Cases with a deadline ahead (recorded, explaining, decided, in instalments), oldest first, at most {@code limit}. */
    public List<OpenCase> openCases(int limit) {
        String sql = "SELECT v.id, v.number, v.recorded_at, v.case_kind, v.status, s.name, d.decided_on, d.received_on, " //$NON-NLS-1$
                + "COALESCE(d.total, 0), " + PAID + CASE_FROM //$NON-NLS-1$
                + " WHERE v.status IN ('RECORDED', 'EXPLANATION', 'DECIDED', 'INSTALMENTS') ORDER BY v.recorded_at, v.id LIMIT ?"; //$NON-NLS-1$
        return store.query(c -> {
            List<OpenCase> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setInt(1, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new OpenCase(r.getLong(1), r.getString(2), r.getObject(3, LocalDateTime.class),
                                (CaseKind) value(P.getCaseKind(), r.getString(4)), status(r.getString(5)), r.getString(6),
                                r.getObject(7, LocalDate.class), r.getObject(8, LocalDate.class), r.getLong(9), r.getLong(10)));
                    }
                }
            }
            return out;
        });
    }

    private static CaseStatus status(String text) {
        return (CaseStatus) value(P.getCaseStatus(), text);
    }

    private static Object value(EDataType type, String text) {
        return text == null ? null : EcoreUtil.createFromString(type, text);
    }

}
