package vn.egov.workbench.inspection.csv.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.csv.CsvExporter;
import vn.egov.workbench.inspection.csv.CsvImportException;
import vn.egov.workbench.inspection.csv.CsvImporter;
import vn.egov.workbench.inspection.csv.ExportResult;
import vn.egov.workbench.inspection.csv.ImportResult;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.store.internal.Flattener;

/** Export, import into an empty database, export again: the same data; a bad row: nothing imported. On H2 and PostgreSQL. */
class CsvRoundTripTest {

    private static final RuleBook RULES = RuleBook.builtIn();

    static List<Named<Supplier<StoreConfig>>> databases() {
        return TestDatabases.all();
    }

    /** The 2020 sample exported from a database of its own (always H2). */
    static ExportResult sampleExport(Path dir) {
        try (InspectionStore source = InspectionStore.open(TestDatabases.freshH2())) {
            SampleData2020.loadIfEmpty(source);
            return new CsvExporter(source).export(2020, dir);
        }
    }

    /** Every table's row count: what "unchanged" means. */
    static Map<String, Long> counts(InspectionStore store) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("inspection_round", "inspected_subject", "team_member", "inspection_round_subjects",
                "violation_record", "behaviour", "attachment", "sanction_decision", "decision_line", "payment",
                "instalment", "enforcement", "audit_log")) {
            counts.put(table, store.query(c -> {
                try (Statement s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    r.next();
                    return r.getLong(1);
                }
            }));
        }
        return counts;
    }

    private static String flat(ViolationRecord v) {
        // ids differ between databases; everything else must not
        return new TreeMap<>(Flattener.flatten(v)).toString().replaceAll("#\\d+", "#");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void exportImportExportGivesTheSameData(Supplier<StoreConfig> db) throws Exception {
        Path first = Files.createTempDirectory("egov-csv-first");
        ExportResult exported = sampleExport(first);
        assertEquals(10, exported.rounds());
        assertEquals(6, exported.records());
        assertEquals(6, exported.decisions());
        byte[] head = Files.readAllBytes(exported.recordsFile());
        assertEquals((byte) 0xEF, head[0], "UTF-8 byte-order mark");
        assertTrue(Files.readString(exported.recordsFile()).contains("Công ty TNHH Chuyển phát nhanh Ngọc Linh"));

        Path second = Files.createTempDirectory("egov-csv-second");
        try (InspectionStore target = InspectionStore.open(db.get())) {
            ImportResult result = new CsvImporter(target, RULES).importFiles(exported.roundsFile(), exported.recordsFile(),
                    exported.decisionsFile(), "tester");
            assertEquals(new ImportResult(10, 9, 6, 6), result);
            var s = target.summary(2020);
            assertEquals(10, s.rounds());
            assertEquals(6, s.decisions());
            assertEquals(39_000_000L, s.totalFines());
            assertEquals(39_000_000L, s.collected());
            ExportResult again = new CsvExporter(target).export(2020, second);
            for (String f : List.of("rounds-2020.csv", "records-2020.csv", "decisions-2020.csv")) {
                assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
            }
            assertEquals(again.records(), exported.records());
            // field by field, through the model, against the sample as it was built
            try (InspectionStore source = InspectionStore.open(TestDatabases.freshH2())) {
                SampleData2020.loadIfEmpty(source);
                List<String> expected = source.cases(2020).stream().map(CsvRoundTripTest::flat).toList();
                List<String> actual = target.cases(2020).stream().map(CsvRoundTripTest::flat).toList();
                assertEquals(expected, actual);
            }
            assertEquals("(import)", target.audit(target.cases(2020).get(0).getId()).get(0).field());
            // importing the same files again is refused: they are in the database already
            CsvImportException twice = assertThrows(CsvImportException.class, () -> new CsvImporter(target, RULES)
                    .importFiles(exported.roundsFile(), exported.recordsFile(), exported.decisionsFile(), "tester"));
            assertTrue(twice.getMessage().contains("already in the database"), twice.getMessage());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aBadRowAtTheEndLeavesTheDatabaseUnchanged(Supplier<StoreConfig> db) throws Exception {
        ExportResult files = sampleExport(Files.createTempDirectory("egov-csv-bad"));
        // the last decision fines the individual 3,000,000 VND more than the law allows
        CsvFiles.set(files.decisionsFile(), -1, "lines", "15/2020 | Đ101 k1 a | 5000000 | 10000000 | 2 | 0 | 13000000");
        CsvFiles.set(files.decisionsFile(), -1, "total", "13000000");
        String paid = CsvFiles.cell(files.decisionsFile(), -1, "payments");
        CsvFiles.set(files.decisionsFile(), -1, "payments", paid.replace("5000000", "13000000"));
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            Map<String, Long> before = counts(store);
            // a second file set with other numbers, so that only the bad row is wrong
            for (Path f : List.of(files.recordsFile(), files.decisionsFile())) {
                String col = f.equals(files.recordsFile()) ? "number" : "record";
                for (int i = 0; i < 6; i++) {
                    CsvFiles.set(f, i, col, CsvFiles.cell(f, i, col) + "-B");
                }
            }
            for (int i = 0; i < 10; i++) {
                CsvFiles.set(files.roundsFile(), i, "decision_date", "2021-01-0" + (i % 9 + 1));
            }
            CsvImportException e = assertThrows(CsvImportException.class, () -> new CsvImporter(store, RULES)
                    .importFiles(files.roundsFile(), files.recordsFile(), files.decisionsFile(), "tester"));
            assertEquals(1, e.problems().size(), e.getMessage());
            var p = e.problems().get(0);
            assertEquals("decisions-2020.csv", p.file());
            assertEquals(7, p.row(), "the header is row 1, the sixth decision row 7");
            assertEquals("lines", p.column());
            assertTrue(p.message().contains("13000000") && p.message().contains("Đ101 k1 a"), p.message());
            assertTrue(e.getMessage().contains("decisions-2020.csv row 7, column lines"), e.getMessage());
            assertEquals(before, counts(store));

            // valid rows that the database itself refuses half-way (a record number longer than its column)
            CsvFiles.set(files.decisionsFile(), -1, "lines", "15/2020 | Đ101 k1 a | 5000000 | 10000000 | 2 | 0 | 5000000");
            CsvFiles.set(files.decisionsFile(), -1, "total", "5000000");
            CsvFiles.set(files.decisionsFile(), -1, "payments", paid);
            CsvFiles.set(files.recordsFile(), -1, "number", "06/BB-VPHC-" + "X".repeat(120));
            CsvFiles.set(files.decisionsFile(), -1, "record", "06/BB-VPHC-" + "X".repeat(120));
            assertThrows(StoreException.class, () -> new CsvImporter(store, RULES)
                    .importFiles(files.roundsFile(), files.recordsFile(), files.decisionsFile(), "tester"));
            assertEquals(before, counts(store), "rolled back: the rounds and records written before the failure are gone");

            CsvFiles.set(files.recordsFile(), -1, "number", "06/BB-VPHC-B");
            CsvFiles.set(files.decisionsFile(), -1, "record", "06/BB-VPHC-B");
            ImportResult ok = new CsvImporter(store, RULES).importFiles(files.roundsFile(), files.recordsFile(),
                    files.decisionsFile(), "tester");
            assertEquals(6, ok.records());
            assertEquals(before.get("violation_record") + 6, counts(store).get("violation_record"));
        }
    }
}
