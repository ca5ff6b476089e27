package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.StoreConfig;

/** Migration 003: the database itself refuses to change or remove audit entries, on H2 and PostgreSQL. */
class AuditAppendOnlyTest {

    static List<Named<Supplier<StoreConfig>>> databases() {
        return TestDatabases.all();
    }

    private static long count(InspectionStore store) {
        return store.query(c -> {
            try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM audit_log")) {
                r.next();
                return r.getLong(1);
            }
        });
    }


    @ParameterizedTest
    @MethodSource("databases")
    void updateAndDeleteOfAuditEntriesAreRefused(Supplier<StoreConfig> db) throws Exception {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            long before = count(store);
            assertTrue(before > 100, "the sample writes audit entries");
            for (String sql : List.of("UPDATE audit_log SET actor = 'mallory'",
                    "UPDATE audit_log SET new_value = 'x' WHERE id = (SELECT MIN(id) FROM audit_log)",
                    "DELETE FROM audit_log", "DELETE FROM audit_log WHERE actor = 'sample-2020'")) {
                Throwable e = assertThrows(RuntimeException.class, () -> store.query(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate(sql);
                    }
                }), sql);
                assertTrue(String.valueOf(e.getMessage()).contains("append-only"), sql + ": " + e.getMessage());
            }
            // PostgreSQL: a TRUNCATE trigger; H2: a foreign key to audit_log (H2 fires no trigger on TRUNCATE)
            for (String sql : List.of("TRUNCATE TABLE audit_log")) {
                assertThrows(RuntimeException.class, () -> store.query(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate(sql);
                    }
                }), sql);
            }
            assertEquals(before, count(store), "nothing changed");
            assertEquals(0, store.query(c -> {
                try (Statement s = c.createStatement();
                        var r = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE actor <> 'sample-2020'")) {
                    r.next();
                    return r.getInt(1);
                }
            }));
            // the store's own writes still append
            ViolationRecord kase = store.cases(2020).get(0);
            kase.setPlace("Trụ sở mới");
            store.saveCase(kase, "inspector");
            assertTrue(count(store) > before);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theGuardSurvivesReopening(Supplier<StoreConfig> db) {
        StoreConfig config = db.get();
        try (InspectionStore store = InspectionStore.open(config)) {
            SampleData2020.loadIfEmpty(store);
        }
        try (InspectionStore store = InspectionStore.open(config)) {
            Throwable e = assertThrows(RuntimeException.class, () -> store.query(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("DELETE FROM audit_log");
                }
            }));
            assertTrue(e.getMessage().contains("append-only"), e.getMessage());
        }
    }
}
