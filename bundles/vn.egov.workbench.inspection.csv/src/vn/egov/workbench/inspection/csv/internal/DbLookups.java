package vn.egov.workbench.inspection.csv.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.store.InspectionStore;

/**
 * What the import needs to know of the database: rounds that records may refer to, and rows that
 * were imported before (the same round decision number and date, or record number and time), so
 * that importing a file twice is refused instead of doubling the data.
 */
public final class DbLookups {

    /** Record numbers per query: a few round trips for a file of 100,000 records. */
    private static final int CHUNK = 1000;

    private final InspectionStore store;
    private final Map<String, List<Long>> roundIds = new HashMap<>();

    public DbLookups(InspectionStore store) {
        this.store = store;
    }

    public boolean roundExists(String number, LocalDate date) {
        return store.query(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT COUNT(*) FROM inspection_round WHERE decision_number = ? AND decision_date = ?")) { //$NON-NLS-1$
                p.setString(1, number);
                p.setObject(2, date);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** The ids of the stored rounds with this decision number. */
    public List<Long> roundIds(String number) {
        return roundIds.computeIfAbsent(number, n -> store.query(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id FROM inspection_round WHERE decision_number = ?")) { //$NON-NLS-1$
                p.setString(1, n);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getLong(1));
                    }
                }
            }
            return ids;
        }));
    }

    public InspectionRound loadRound(long id) {
        return store.loadRound(id);
    }

    /** Of these record numbers, "number|time" of those already stored. One connection for all of them. */
    public Set<String> storedRecords(List<String> numbers) {
        Set<String> found = new HashSet<>();
        if (numbers.isEmpty()) {
            return found;
        }
        store.query(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT number, recorded_at FROM violation_record WHERE number IN (" //$NON-NLS-1$
                    + String.join(", ", Collections.nCopies(CHUNK, "?")) + ")")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                for (int from = 0; from < numbers.size(); from += CHUNK) {
                    for (int i = 0; i < CHUNK; i++) {
                        // a short last chunk repeats its last number, so one prepared statement serves every chunk
                        p.setString(i + 1, numbers.get(Math.min(from + i, numbers.size() - 1)));
                    }
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            found.add(key(r.getString(1), r.getObject(2, LocalDateTime.class)));
                        }
                    }
                }
            }
            return null;
        });
        return found;
    }

    public static String key(String number, LocalDateTime at) {
        return number + '|' + at;
    }
}
