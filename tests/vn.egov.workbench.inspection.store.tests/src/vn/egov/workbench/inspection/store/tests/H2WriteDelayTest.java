package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.store.internal.H2WriteDelay;

/**
 * On H2 a bulk import runs with a long write delay (fewer rewrites of the same pages); afterwards
 * the database is back at H2's 500 ms, whether the import committed or failed, and a delay left in
 * the file by a process that died during an import is put back when the store opens.
 */
class H2WriteDelayTest {

    @Test
    void importAllPutsTheWriteDelayBack() {
        try (InspectionStore store = InspectionStore.open(TestDatabases.freshH2())) {
            assertEquals(H2WriteDelay.NORMAL_MS, writeDelay(store));
            InspectionRound round = round("1/QĐ-TTr");
            store.importAll(List.of(round, record(round, "1/BB")), "test", "test");
            assertEquals(H2WriteDelay.NORMAL_MS, writeDelay(store));
            assertEquals(1, store.summary(2023).records());
        }
    }

    @Test
    void aFailedImportPutsTheWriteDelayBackToo() {
        try (InspectionStore store = InspectionStore.open(TestDatabases.freshH2())) {
            InspectionRound unsaved = round("2/QĐ-TTr");
            // the record's round is neither saved nor in the list: the insert fails, all is rolled back
            assertThrows(RuntimeException.class, () -> store.importAll(List.of(record(unsaved, "2/BB")), "test", "test"));
            assertEquals(H2WriteDelay.NORMAL_MS, writeDelay(store));
            assertEquals(0, store.summary(2023).records());
        }
    }

    @Test
    void openPutsBackADelayLeftInTheFile() {
        StoreConfig config = TestDatabases.freshH2();
        try (InspectionStore store = InspectionStore.open(config)) {
            store.query(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("SET WRITE_DELAY " + H2WriteDelay.BULK_MS); // as an import leaves it when the process dies
                }
                return null;
            });
            assertEquals(H2WriteDelay.BULK_MS, writeDelay(store));
        }
        try (InspectionStore store = InspectionStore.open(config)) {
            assertEquals(H2WriteDelay.NORMAL_MS, writeDelay(store));
        }
    }

    private static int writeDelay(InspectionStore store) {
        return store.query(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                if (!r.next()) {
                    throw new StoreException(StoreException.Kind.DATABASE, "no WRITE_DELAY setting");
                }
                return Integer.parseInt(r.getString(1));
            }
        });
    }

    private static InspectionRound round(String number) {
        return Fixtures.round(number, LocalDate.of(2023, 3, 1));
    }

    private static ViolationRecord record(InspectionRound round, String number) {
        return Fixtures.record(round, number, LocalDateTime.of(2023, 3, 2, 9, 0));
    }
}
