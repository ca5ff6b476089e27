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

/** {@code inspections summary} on a database holding the 2020 sample (English: -Dosgi.nl=en). */
class SummaryCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(CommandRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private static String sampleDatabase() throws Exception {
        Path file = Files.createTempDirectory("egov-summary").resolve("inspections");
        StoreConfig config = StoreConfig.embedded(file);
        try (InspectionStore store = InspectionStore.open(config)) {
            SampleData2020.loadIfEmpty(store);
        }
        return config.url();
    }

    @Test
    void printsThe2020FiguresOfTheReport() throws Exception {
        String url = sampleDatabase();
        assertEquals(ExitCodes.OK, run("inspections", "summary", "--year", "2020", "--db", url), err.toString());
        String text = out.toString(StandardCharsets.UTF_8);
        String expected = String.join(System.lineSeparator(),
                "Inspections in 2020 (database: " + url + ")",
                "Inspection rounds: 10",
                "Violation records: 6",
                "Sanction decisions: 6",
                "Total fines: 39,000,000 VND",
                "Collected: 39,000,000 VND",
                "Outstanding: 0 VND", "");
        assertEquals(expected, text);
    }

    @Test
    void anotherYearIsEmpty() throws Exception {
        assertEquals(ExitCodes.OK, run("inspections", "summary", "--year", "2021", "--db", sampleDatabase()));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Inspection rounds: 0"), out.toString());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Total fines: 0 VND"), out.toString());
    }

    @Test
    void badArgumentsExitWith2AndSayWhy() {
        assertEquals(ExitCodes.USAGE, run("inspections", "summary"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--year"), err.toString());
        err.reset();
        assertEquals(ExitCodes.USAGE, run("inspections", "summary", "--year", "2020", "--db", "jdbc:mysql://x/y"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("jdbc:mysql://x/y"), err.toString());
        err.reset();
        // nothing listens on port 1: the message names the database and the driver's reason
        assertEquals(ExitCodes.USAGE, run("inspections", "summary", "--year", "2020", "--db",
                "jdbc:postgresql://127.0.0.1:1/none"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Cannot open the inspection database "
                + "jdbc:postgresql://127.0.0.1:1/none"), err.toString());
    }
}
