package vn.egov.workbench.inspection.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.ViolationRecord;

/**
 * Inserts many new objects in bulk: the path of CSV imports and generated data. On H2 with JDBC
 * batches, one statement per table and chunk; on PostgreSQL with COPY ... FROM STDIN, one stream
 * per table, with the ids taken from the identity sequences beforehand (writing a 100,000-record
 * import took 9.8 s with batched multi-row INSERTs, 6.7 s with COPY, on a busy 2-core machine).
 * Same tables and columns as {@link Mapper} (the metamodel decides them), plus the derived columns
 * of {@link CaseIndex}. Runs on the caller's connection and transaction, so a failure anywhere
 * leaves nothing; writes one audit entry per top-level object.
 */
public final class BulkWriter {

    private static final int CHUNK = 1000;

    private BulkWriter() {
    }

    /** Inserts new objects (id 0) in order; objects they refer to must come earlier or be saved already. */
    public static void insertAll(Connection c, List<? extends Entity> entities, String actor, String source)
            throws SQLException {
        boolean postgres = "postgresql".equals(Migrator.dialect(c)); //$NON-NLS-1$
        YearTotals totals = new YearTotals();
        int start = 0;
        while (start < entities.size()) {
            EClass type = entities.get(start).eClass();
            int end = start;
            while (end < entities.size() && entities.get(end).eClass() == type) {
                end++;
            }
            List<? extends Entity> run = inKeyOrder(entities.subList(start, end));
            insertTop(c, type, run, postgres);
            insertJoins(c, run);
            List<EObject> owners = new ArrayList<>(run);
            long[] ids = run.stream().mapToLong(Entity::getId).toArray();
            insertChildren(c, owners, ids, postgres);
            audit(c, run, actor, source, postgres);
            run.forEach(totals::add);
            start = end;
        }
        totals.write(c);
    }

    /**
     * Violation records in the order of their recorded time. Three of the table's B-trees end in
     * recorded_at (the date, Cases filter and sector indexes), so in that order each insert lands
     * next to the one before instead of on a random page: fewer pages read, changed and written
     * again (on H2, a 100,000-record CSV import into a million stored records: 12.4 and 11.6 s
     * instead of 15.3 and 14.6 s). Only the ids show the order. Other types keep theirs.
     */
    private static List<? extends Entity> inKeyOrder(List<? extends Entity> run) {
        if (run.get(0).eClass() != InspectionPackage.Literals.VIOLATION_RECORD) {
            return run;
        }
        return run.stream().map(ViolationRecord.class::cast) // stable: records of the same time keep their order
                .sorted(Comparator.comparing(ViolationRecord::getRecordedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    private static void insertTop(Connection c, EClass type, List<? extends Entity> run, boolean postgres) throws SQLException {
        List<EStructuralFeature> cols = Mapper.columns(type);
        List<String> names = new ArrayList<>();
        if (postgres) {
            names.add("id"); //$NON-NLS-1$
        }
        names.addAll(cols.stream().map(Mapper::column).toList());
        names.add("version"); //$NON-NLS-1$
        boolean record = type == InspectionPackage.Literals.VIOLATION_RECORD;
        if (record) {
            names.add("search_text"); //$NON-NLS-1$
            names.add("violator_sector"); //$NON-NLS-1$
        }
        for (Entity e : run) {
            if (e.getId() != 0) {
                throw new IllegalArgumentException("already saved: " + type.getName() + " #" + e.getId()); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (postgres) {
            long[] ids = reserve(c, Mapper.table(type), run.size());
            try (Copy copy = new Copy(c, Mapper.table(type), names)) {
                StringBuilder row = copy.row();
                for (int k = 0; k < run.size(); k++) {
                    Entity e = run.get(k);
                    Mapper.copyField(row, ids[k]);
                    Mapper.copyFrom(row, e, cols);
                    Mapper.copyField(row, 1);
                    if (record) {
                        ViolationRecord r = (ViolationRecord) e;
                        Mapper.copyField(row, CaseIndex.searchText(r));
                        Mapper.copyField(row, CaseIndex.sector(r));
                    }
                    copy.endRow();
                }
                copy.finish();
            }
            for (int k = 0; k < run.size(); k++) {
                run.get(k).setId(ids[k]);
                run.get(k).setVersion(1);
            }
            return;
        }
        String sql = insertSql(Mapper.table(type), names);
        try (PreparedStatement p = c.prepareStatement(sql, new String[] { "id" })) { //$NON-NLS-1$
            for (int from = 0; from < run.size(); from += CHUNK) {
                List<? extends Entity> chunk = run.subList(from, Math.min(run.size(), from + CHUNK));
                for (int k = 0; k < chunk.size(); k++) {
                    Entity e = chunk.get(k);
                    int i = Mapper.bindFrom(p, e, cols, 1);
                    p.setInt(i++, 1);
                    if (record) {
                        ViolationRecord r = (ViolationRecord) e;
                        p.setString(i++, CaseIndex.searchText(r));
                        p.setString(i, CaseIndex.sector(r));
                    }
                    p.addBatch();
                }
                p.executeBatch();
                long[] keys = keys(p, chunk.size());
                for (int k = 0; k < keys.length; k++) {
                    chunk.get(k).setId(keys[k]);
                    chunk.get(k).setVersion(1);
                }
            }
        }
    }

    /**
     * PostgreSQL: takes n ids from the identity column's sequence in one round trip, so that the rows
     * can be sent with COPY, which returns no generated keys.
     */
    private static long[] reserve(Connection c, String table, int n) throws SQLException {
        long[] ids = new long[n];
        try (PreparedStatement p = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) { //$NON-NLS-1$
            p.setString(1, table);
            p.setInt(2, n);
            try (ResultSet r = p.executeQuery()) {
                int i = 0;
                while (r.next()) {
                    ids[i++] = r.getLong(1);
                }
            }
        }
        return ids;
    }

    private static long[] keys(PreparedStatement p, int expected) throws SQLException {
        long[] keys = new long[expected];
        int n = 0;
        try (ResultSet r = p.getGeneratedKeys()) {
            while (r.next() && n < expected) {
                keys[n++] = r.getLong(1);
            }
        }
        if (n != expected) {
            throw new SQLException("the driver returned " + n + " generated keys for " + expected + " rows"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return keys;
    }

    private static void insertJoins(Connection c, List<? extends Entity> run) throws SQLException {
        for (EReference r : run.get(0).eClass().getEAllReferences()) {
            if (r.isContainment() || !r.isMany() || r.isContainer()) {
                continue;
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO " + Mapper.joinTable(r) + " (owner_id, seq, target_id) VALUES (?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
                int n = 0;
                for (Entity owner : run) {
                    int seq = 0;
                    for (EObject target : Mapper.values(owner, r)) {
                        p.setLong(1, owner.getId());
                        p.setInt(2, seq++);
                        p.setLong(3, Mapper.savedId(target, r));
                        p.addBatch();
                        if (++n % CHUNK == 0) {
                            p.executeBatch();
                        }
                    }
                }
                p.executeBatch();
            }
        }
    }

    /** Contained objects, one table at a time, level by level (decisions before their lines). */
    private static void insertChildren(Connection c, List<EObject> owners, long[] ownerIds, boolean postgres) throws SQLException {
        Map<EClass, List<Object[]>> byType = new LinkedHashMap<>();
        for (int i = 0; i < owners.size(); i++) {
            EObject owner = owners.get(i);
            for (EReference r : owner.eClass().getEAllReferences()) {
                if (!r.isContainment()) {
                    continue;
                }
                int seq = 0;
                for (EObject child : Mapper.values(owner, r)) {
                    byType.computeIfAbsent(child.eClass(), k -> new ArrayList<>()).add(new Object[] { child, ownerIds[i], seq++ });
                }
            }
        }
        for (Map.Entry<EClass, List<Object[]>> t : byType.entrySet()) {
            EClass type = t.getKey();
            boolean nested = type.getEAllReferences().stream().anyMatch(EReference::isContainment);
            List<EStructuralFeature> cols = Mapper.columns(type);
            boolean explicit = nested && postgres;
            List<String> names = new ArrayList<>();
            if (explicit) {
                names.add("id"); //$NON-NLS-1$
            }
            names.addAll(List.of("parent_id", "seq")); //$NON-NLS-1$ //$NON-NLS-2$
            names.addAll(cols.stream().map(Mapper::column).toList());
            List<Object[]> rows = t.getValue();
            long[] ids = new long[rows.size()];
            if (postgres) {
                if (explicit) {
                    ids = reserve(c, Mapper.table(type), rows.size());
                }
                try (Copy copy = new Copy(c, Mapper.table(type), names)) {
                    StringBuilder line = copy.row();
                    for (int k = 0; k < rows.size(); k++) {
                        Object[] row = rows.get(k);
                        if (explicit) {
                            Mapper.copyField(line, ids[k]);
                        }
                        Mapper.copyField(line, row[1]);
                        Mapper.copyField(line, row[2]);
                        Mapper.copyFrom(line, (EObject) row[0], cols);
                        copy.endRow();
                    }
                    copy.finish();
                }
                if (nested) {
                    insertChildren(c, rows.stream().map(r -> (EObject) r[0]).toList(), ids, postgres);
                }
                continue;
            }
            String sql = insertSql(Mapper.table(type), names);
            try (PreparedStatement p = nested ? c.prepareStatement(sql, new String[] { "id" }) : c.prepareStatement(sql)) { //$NON-NLS-1$
                for (int from = 0; from < rows.size(); from += CHUNK) {
                    int to = Math.min(rows.size(), from + CHUNK);
                    for (Object[] row : rows.subList(from, to)) {
                        int i = 1;
                        p.setLong(i++, (Long) row[1]);
                        p.setInt(i++, (Integer) row[2]);
                        Mapper.bindFrom(p, (EObject) row[0], cols, i);
                        p.addBatch();
                    }
                    p.executeBatch();
                    if (nested) {
                        System.arraycopy(keys(p, to - from), 0, ids, from, to - from);
                    }
                }
            }
            if (nested) {
                insertChildren(c, rows.stream().map(r -> (EObject) r[0]).toList(), ids, postgres);
            }
        }
    }

    private static void audit(Connection c, List<? extends Entity> run, String actor, String source, boolean copy)
            throws SQLException {
        if (copy) {
            LocalDateTime now = LocalDateTime.now();
            try (Copy out = new Copy(c, "audit_log", List.of("changed_at", "actor", "entity", "entity_id", "field", "new_value"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
                StringBuilder row = out.row();
                for (Entity e : run) {
                    Mapper.copyField(row, now);
                    Mapper.copyField(row, actor);
                    Mapper.copyField(row, e.eClass().getName());
                    Mapper.copyField(row, e.getId());
                    Mapper.copyField(row, "(import)"); //$NON-NLS-1$
                    Mapper.copyField(row, source);
                    out.endRow();
                }
                out.finish();
            }
            return;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (changed_at, actor, entity, entity_id, field, " //$NON-NLS-1$
                + "old_value, new_value) VALUES (?, ?, ?, ?, ?, NULL, ?)")) { //$NON-NLS-1$
            int n = 0;
            for (Entity e : run) {
                p.setTimestamp(1, now);
                p.setString(2, actor);
                p.setString(3, e.eClass().getName());
                p.setLong(4, e.getId());
                p.setString(5, "(import)"); //$NON-NLS-1$
                p.setString(6, source);
                p.addBatch();
                if (++n % CHUNK == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    /**
     * PostgreSQL's COPY ... FROM STDIN in text format: the rows of a table as one stream instead of
     * INSERT statements, sent in pieces of about 256 KB. Part of the caller's transaction: a row
     * the database refuses fails the COPY and the transaction. Closing an unfinished COPY cancels it.
     */
    private static final class Copy implements AutoCloseable {

        private static final int FLUSH = 256 * 1024;

        private final CopyIn in;
        private final StringBuilder buffer = new StringBuilder(FLUSH + 8 * 1024);

        Copy(Connection c, String table, List<String> names) throws SQLException {
            CopyManager manager = c.unwrap(PGConnection.class).getCopyAPI();
            in = manager.copyIn("COPY " + table + " (" + String.join(", ", names) + ") FROM STDIN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        }

        /** Where the fields of the next row go ({@link Mapper#copyField}). */
        StringBuilder row() {
            return buffer;
        }

        void endRow() throws SQLException {
            Mapper.copyEnd(buffer);
            if (buffer.length() >= FLUSH) {
                send();
            }
        }

        private void send() throws SQLException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            in.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }

        void finish() throws SQLException {
            if (buffer.length() > 0) {
                send();
            }
            in.endCopy();
        }

        @Override
        public void close() throws SQLException {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private static String insertSql(String table, List<String> names) {
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
