package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.store.internal.Migrator;

/** The migration runner on H2: order, once only, checksums, a failed file rolled back. */
class MigratorTest {

    private final Map<String, String> files = new HashMap<>();

    private Migrator migrator() {
        return new Migrator(name -> files.containsKey(name)
                ? new ByteArrayInputStream(files.get(name).getBytes(StandardCharsets.UTF_8)) : null);
    }

    private static Connection h2() throws Exception {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migrator" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return ds.getConnection();
    }

    @Test
    void appliesEachFileOnceInOrderAndChecksTheirChecksums() throws Exception {
        files.put("index.txt", "# comment\n1.sql\n2.sql\n");
        files.put("1.sql", "-- first\nCREATE TABLE a (x INTEGER);\nINSERT INTO a VALUES (1);\n");
        files.put("2.sql", "INSERT INTO a VALUES (2);");
        try (Connection c = h2()) {
            assertEquals(List.of("1.sql", "2.sql"), migrator().migrate(c));
            assertEquals(List.of(), migrator().migrate(c));
            files.put("index.txt", "1.sql\n2.sql\n3.sql\n");
            files.put("3.sql", "INSERT INTO a VALUES (3);");
            assertEquals(List.of("3.sql"), migrator().migrate(c));
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT SUM(x) FROM a")) {
                r.next();
                assertEquals(6, r.getInt(1));
            }
            files.put("2.sql", "INSERT INTO a VALUES (20);");
            StoreException e = assertThrows(StoreException.class, () -> migrator().migrate(c));
            assertEquals(StoreException.Kind.MIGRATION, e.kind());
            assertTrue(e.getMessage().contains("2.sql"), e.getMessage());
        }
    }

    @Test
    void aFailingFileIsRolledBackAndNotRecorded() throws Exception {
        files.put("index.txt", "1.sql\n2.sql\n");
        files.put("1.sql", "CREATE TABLE a (x INTEGER);");
        files.put("2.sql", "INSERT INTO a VALUES (7);\nINSERT INTO nowhere VALUES (1);");
        try (Connection c = h2()) {
            StoreException e = assertThrows(StoreException.class, () -> migrator().migrate(c));
            assertTrue(e.getMessage().contains("2.sql"), e.getMessage());
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM a")) {
                r.next();
                assertEquals(0, r.getInt(1), "the insert of the failed file is undone");
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                r.next();
                assertEquals(1, r.getInt(1));
            }
        }
    }

    /** Migration 006: on H2 the Cases filter index has no search text in its key (bulk import speed). */
    @Test
    void theBuiltInMigrationsLeaveH2sFilterIndexWithoutTheSearchText() throws Exception {
        vn.egov.workbench.inspection.store.internal.AuditGuard.register();
        try (Connection c = h2()) {
            Migrator.builtIn().migrate(c);
            List<String> columns = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                    + "WHERE INDEX_NAME = 'VIOLATION_RECORD_FILTER' ORDER BY ORDINAL_POSITION")) {
                while (r.next()) {
                    columns.add(r.getString(1));
                }
            }
            assertEquals(List.of("STATUS", "VIOLATOR_SECTOR", "RECORDED_AT"), columns);
        }
    }

    @Test
    void aFileOfCommentsOnlyIsRecordedAsApplied() throws Exception {
        files.put("index.txt", "1.sql\n");
        files.put("1.sql", "-- nothing to change on this database\n");
        try (Connection c = h2()) {
            assertEquals(List.of("1.sql"), migrator().migrate(c));
            assertEquals(List.of(), migrator().migrate(c));
        }
    }
}
