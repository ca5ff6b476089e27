package vn.egov.workbench.inspection.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.internal.Cli;
import vn.egov.workbench.cli.internal.CommandRegistry;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.StoreConfig;

/** {@code inspections export} and {@code inspections import}: files, messages and exit codes. */
class ImportExportCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(CommandRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static String emptyDatabase() throws Exception {
        return StoreConfig.embedded(Files.createTempDirectory("egov-import").resolve("inspections")).url();
    }

    private static String sampleDatabase() throws Exception {
        StoreConfig config = StoreConfig.embedded(Files.createTempDirectory("egov-export").resolve("inspections"));
        try (InspectionStore store = InspectionStore.open(config)) {
            SampleData2020.loadIfEmpty(store);
        }
        return config.url();
    }

    @Test
    void exportThenImportIntoAnEmptyDatabase() throws Exception {
        Path dir = Files.createTempDirectory("egov-csv-cli");
        assertEquals(ExitCodes.OK, run("inspections", "export", "--year", "2020", "--out", dir.toString(), "--db", sampleDatabase()), err());
        assertTrue(out().contains("rounds-2020.csv: 10 rows"), out());
        assertTrue(out().contains("records-2020.csv: 6 rows"), out());
        assertTrue(out().contains("decisions-2020.csv: 6 rows"), out());

        String target = emptyDatabase();
        String[] importArgs = { "inspections", "import", "--rounds", dir.resolve("rounds-2020.csv").toString(), "--records",
                dir.resolve("records-2020.csv").toString(), "--decisions", dir.resolve("decisions-2020.csv").toString(), "--db", target };
        assertEquals(ExitCodes.OK, run(importArgs), err());
        assertTrue(out().contains("10 rounds, 9 inspected subjects, 6 violation records, 6 sanction decisions"), out());
        assertEquals(ExitCodes.OK, run("inspections", "summary", "--year", "2020", "--db", target));
        assertTrue(out().contains("Total fines: 39,000,000 VND"), out());

        assertEquals(ExitCodes.USAGE, run(importArgs), "a second import of the same files");
        assertTrue(err().contains("records-2020.csv row 2, column number: \"01/BB-VPHC\" is already in the database"), err());
    }

    @Test
    void aBadRowExitsWith2NamingFileRowAndColumn() throws Exception {
        Path dir = Files.createTempDirectory("egov-csv-cli-bad");
        assertEquals(ExitCodes.OK, run("inspections", "export", "--year", "2020", "--out", dir.toString(), "--db", sampleDatabase()));
        Path records = dir.resolve("records-2020.csv");
        Files.writeString(records, Files.readString(records).replace("2020-09-10 08:45", "2020-09-31 08:45"));
        String target = emptyDatabase();
        assertEquals(ExitCodes.USAGE, run("inspections", "import", "--rounds", dir.resolve("rounds-2020.csv").toString(),
                "--records", records.toString(), "--db", target));
        assertTrue(err().contains("Nothing was imported: 1 problem(s)"), err());
        assertTrue(err().contains("records-2020.csv row 5, column recorded_at: \"2020-09-31 08:45\" is not a date and time"), err());
        assertEquals(ExitCodes.OK, run("inspections", "summary", "--year", "2020", "--db", target));
        assertTrue(out().contains("Inspection rounds: 0"), "the good rounds file was not imported either: " + out());
    }

    @Test
    void usageMistakesExitWith2() throws Exception {
        assertEquals(ExitCodes.USAGE, run("inspections", "import", "--db", emptyDatabase()));
        assertTrue(err().contains("--rounds, --records or --decisions"), err());
        assertEquals(ExitCodes.USAGE, run("inspections", "import", "--decisions", "d.csv"));
        assertTrue(err().contains("--decisions needs --records"), err());
        assertEquals(ExitCodes.USAGE, run("inspections", "import", "--rounds", "/nonexistent/rounds.csv", "--db", emptyDatabase()));
        assertTrue(err().contains("cannot read the file"), err());
        assertEquals(ExitCodes.USAGE, run("inspections", "export", "--year", "2020"));
        assertTrue(err().contains("--out"), err());
    }
}
