package vn.egov.workbench.inspection.csv.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.csv.CsvImportException;
import vn.egov.workbench.inspection.csv.CsvImporter;
import vn.egov.workbench.inspection.csv.CsvProblem;
import vn.egov.workbench.inspection.csv.ExportResult;
import vn.egov.workbench.inspection.csv.internal.ListCodec;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.store.InspectionStore;

/** One bad cell planted in the good 2020 files: refused, naming file, row, column and reason; nothing written. */
class CsvValidationTest {

    private static final RuleBook RULES = RuleBook.builtIn();

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("records", 0, "recorded_at", "2020-13-45 10:00", 2, "is not a date and time"),
                Arguments.of("records", 1, "behaviours", "15/2020 | Đ99 k9 | không có", 3, "Đ99 k9"),
                Arguments.of("records", 2, "round", "999/QĐ-STTTT", 4, "no round with decision number \"999/QĐ-STTTT\""),
                Arguments.of("records", 0, "status", "RECORDED", 2, "cannot have a sanction decision"),
                Arguments.of("records", 3, "signed", "false", 5, "refusal witness or a refusal reason"),
                Arguments.of("records", 0, "case_kind", "urgent", 2, "is not one of STANDARD|TRANSFERRED|EXPLANATION|COMPLEX"),
                Arguments.of("records", 4, "violator_name", "", 6, "a value is required"),
                Arguments.of("decisions", 0, "total", "1000", 2, "is not the sum of the lines"),
                Arguments.of("decisions", 0, "lines", "15/2020 | Đ7 k3 | 1 | 2 | 0 | 0 | 1; 15/2020 | Đ8 k2 | 1000000 | 2000000 | 0 | 0 | 1500000", 2,
                        "the law gives the range 5000000–7000000"),
                Arguments.of("decisions", 1, "decided_on", "2020-01-01", 3, "before the record was made"),
                Arguments.of("decisions", 2, "payments", "BL-1 | 2020-08-19 | 99000000", 4, "are more than the fine"),
                Arguments.of("decisions", 3, "record", "77/BB-VPHC", 5, "no violation record \"77/BB-VPHC\""),
                Arguments.of("decisions", 4, "lines", "15/2020 | Đ8 k2 | 1000000 | 2000000 | 0 | 0 | 1500000", 6,
                        "is not among the behaviours"),
                Arguments.of("rounds", 0, "actual_start", "", 2, "its actual start is required"),
                Arguments.of("rounds", 1, "planned_end", "2020-01-01", 3, "is before the start"),
                Arguments.of("rounds", 2, "decision_date", "14/02/2020", 4, "is not a date (YYYY-MM-DD)"));
    }

    private static Path file(ExportResult f, String kind) {
        return switch (kind) {
            case "rounds" -> f.roundsFile();
            case "records" -> f.recordsFile();
            default -> f.decisionsFile();
        };
    }

    private static CsvImportException refused(ExportResult f) {
        try (InspectionStore store = InspectionStore.open(TestDatabases.freshH2())) {
            CsvImportException e = assertThrows(CsvImportException.class,
                    () -> new CsvImporter(store, RULES).importFiles(f.roundsFile(), f.recordsFile(), f.decisionsFile(), "t"));
            assertEquals(0, store.summary(2020).rounds(), "nothing written");
            return e;
        }
    }

    @ParameterizedTest(name = "{0} row {4}: {2} = \"{3}\"")
    @MethodSource("badCells")
    void aBadCellIsNamed(String kind, int index, String column, String value, int row, String reason) throws Exception {
        ExportResult f = CsvRoundTripTest.sampleExport(Files.createTempDirectory("egov-csv-cell"));
        Path bad = file(f, kind);
        CsvFiles.set(bad, index, column, value);
        CsvImportException e = refused(f);
        CsvProblem p = e.problems().get(0);
        assertEquals(List.of(bad.getFileName().toString(), row, column), List.of(p.file(), p.row(), p.column()), e.getMessage());
        assertTrue(p.message().contains(reason), p.message());
    }

    @Test
    void aDuplicateNumberAndWhatDependsOnIt() throws Exception {
        ExportResult f = CsvRoundTripTest.sampleExport(Files.createTempDirectory("egov-csv-dup"));
        CsvFiles.set(f.recordsFile(), 1, "number", "01/BB-VPHC");
        CsvImportException e = refused(f);
        assertTrue(e.getMessage().contains("records-2020.csv row 3, column number: \"01/BB-VPHC\" appears more than once"), e.getMessage());
        assertTrue(e.getMessage().contains("decisions-2020.csv row 3, column record: no violation record \"02/BB-VPHC\""), e.getMessage());
    }

    @Test
    void headerProblemsAreNamed() throws Exception {
        ExportResult f = CsvRoundTripTest.sampleExport(Files.createTempDirectory("egov-csv-header"));
        List<List<String>> rows = CsvFiles.read(f.roundsFile());
        rows.get(0).set(rows.get(0).indexOf("status"), "trạng_thái");
        CsvFiles.write(f.roundsFile(), rows);
        CsvImportException e = refused(f);
        assertTrue(e.getMessage().contains("rounds-2020.csv row 1, column trạng_thái: unknown column"), e.getMessage());
        assertTrue(e.getMessage().contains("rounds-2020.csv row 1, column status: the required column \"status\" is missing"), e.getMessage());
    }

    @Test
    void aFileInAnotherEncodingIsRefused() throws Exception {
        ExportResult f = CsvRoundTripTest.sampleExport(Files.createTempDirectory("egov-csv-enc"));
        // the same text as ISO-8859-1 bytes: "Thị" etc. cannot even be written, "Công" becomes one byte
        String text = Files.readString(f.recordsFile(), StandardCharsets.UTF_8).substring(1);
        Files.write(f.recordsFile(), text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        CsvImportException e = refused(f);
        assertEquals(0, e.problems().get(0).row());
        assertTrue(e.getMessage().contains("records-2020.csv: the file is not UTF-8"), e.getMessage());
    }

    @Test
    void aRowThatIsNotCsvIsNamedAndNothingIsWritten() throws Exception {
        // rows are parsed as they are checked: a quote opened in the fourth record and never closed
        // is found after three good rows, and still refuses the whole import
        ExportResult f = CsvRoundTripTest.sampleExport(Files.createTempDirectory("egov-csv-quote"));
        List<String> lines = Files.readAllLines(f.recordsFile(), StandardCharsets.UTF_8);
        assertTrue(lines.size() > 5 && lines.stream().noneMatch(String::isEmpty), "one line per record");
        lines.set(4, "\"" + lines.get(4));
        Files.write(f.recordsFile(), lines, StandardCharsets.UTF_8);
        CsvImportException e = refused(f);
        CsvProblem p = e.problems().get(0);
        assertEquals(List.of("records-2020.csv", 5), List.of(p.file(), p.row()), e.getMessage());
        assertTrue(p.message().startsWith("not a valid CSV file: "), p.message());
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsData() throws Exception {
        // U+FFFD is what a lenient decoder puts for bytes that are not UTF-8; written in a UTF-8 file it is text
        ExportResult f = CsvRoundTripTest.sampleExport(Files.createTempDirectory("egov-csv-fffd"));
        CsvFiles.set(f.recordsFile(), 0, "place", "Kon Tum \uFFFD");
        try (InspectionStore store = InspectionStore.open(TestDatabases.freshH2())) {
            new CsvImporter(store, RULES).importFiles(f.roundsFile(), f.recordsFile(), f.decisionsFile(), "t");
            assertTrue(store.cases(2020).stream().anyMatch(c -> "Kon Tum \uFFFD".equals(c.getPlace())));
        }
    }

    @Test
    void withoutByteOrderMarkAndWithThousandSeparators() throws Exception {
        ExportResult f = CsvRoundTripTest.sampleExport(Files.createTempDirectory("egov-csv-bom"));
        CsvFiles.set(f.decisionsFile(), 0, "total", "7.500.000"); // CsvFiles writes without a BOM
        try (InspectionStore store = InspectionStore.open(TestDatabases.freshH2())) {
            new CsvImporter(store, RULES).importFiles(f.roundsFile(), f.recordsFile(), f.decisionsFile(), "t");
            assertEquals(39_000_000L, store.summary(2020).totalFines());
        }
    }

    @Test
    void listCellsEscapeTheirSeparators() {
        String cell = ListCodec.encodeRows(List.of(List.of("a;b", "c|d"), List.of("e\\f", "")));
        assertEquals("a\\;b | c\\|d; e\\\\f | ", cell);
        assertEquals(List.of(List.of("a;b", "c|d"), List.of("e\\f", "")), ListCodec.rows(cell));
        assertEquals(List.of("Cục QLTT", "Công an; tỉnh"), ListCodec.items(ListCodec.encode(List.of("Cục QLTT", "Công an; tỉnh"))));
    }
}
