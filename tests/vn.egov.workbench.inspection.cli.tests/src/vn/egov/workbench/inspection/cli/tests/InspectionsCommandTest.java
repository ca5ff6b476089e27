package vn.egov.workbench.inspection.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.internal.Cli;
import vn.egov.workbench.cli.internal.CommandRegistry;

/**
 * The inspectors' legal calculator, run as ./workbench runs it: through the CLI dispatch and the
 * commands registered in the product (English output: the test runtime runs with -Dosgi.nl=en).
 */
class InspectionsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(CommandRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStandardDeadlineAcrossTet2024SkipsTheHolidays() {
        // record on Tue 6/2/2024; Tết 2024: Thu 8/2 to Wed 14/2 off; 7 working days end on Thu 22/2
        assertEquals(ExitCodes.OK, run("inspections", "deadline", "--record", "2024-02-06"), err());
        assertTrue(out().contains("Last day to issue the decision: 22/02/2024 (Thursday)"), out());
        assertTrue(out().contains("7 working days"), out());
        assertTrue(out().contains("not a working day: 12/02/2024"), "the Tết days are listed: " + out());
    }

    @Test
    void aComplexCaseGetsTwoMonths() {
        // 2/5/2024 + 2 months = Tue 2/7/2024, a working day
        assertEquals(ExitCodes.OK, run("inspections", "deadline", "--record", "2024-05-02", "--case", "complex"));
        assertTrue(out().contains("Last day to issue the decision: 02/07/2024"), out());
        assertTrue(out().contains("2 month(s)"), out());
    }

    @ParameterizedTest(name = "{0} {3} m{1} a{2}")
    @CsvSource({
            "organisation, 0, 0, '1,500,000 VND', '1,000,000 VND to 2,000,000 VND'",
            "individual,   0, 0, '750,000 VND',   '500,000 VND to 1,000,000 VND'",
            "organisation, 2, 0, '1,000,000 VND', '1,000,000 VND to 2,000,000 VND'",
            "organisation, 0, 3, '2,000,000 VND', '1,000,000 VND to 2,000,000 VND'",
            "organisation, 2, 2, '1,500,000 VND', '1,000,000 VND to 2,000,000 VND'",
    })
    void theFineFollowsTheRangeAndTheCircumstances(String violator, int mitigating, int aggravating, String fine,
            String range) {
        int code = run("inspections", "fine", "--decree", "15/2020", "--article", "Đ8 k2", "--violator", violator,
                "--mitigating", Integer.toString(mitigating), "--aggravating", Integer.toString(aggravating),
                "--on", "2024-03-01");
        assertEquals(ExitCodes.OK, code, err());
        assertTrue(out().contains("Fine: " + fine), out());
        assertTrue(out().contains("Applicable range: " + range), out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown article   | fine --decree 15/2020 --article Đ99_k1 --violator organisation | Đ99 k1",
            "unknown decree    | fine --decree 99/2099 --article Đ8_k2 --violator organisation  | 99/2099",
            "no calendar       | deadline --record 2031-01-06                                   | 2031",
            "malformed date    | deadline --record 2024-13-01                                   | --record",
            "missing date      | deadline --case standard                                       | --record",
            "bad case kind     | deadline --record 2024-02-06 --case urgent                     | urgent",
            "missing violator  | fine --decree 15/2020 --article Đ8_k2                           | --violator",
            "negative count    | fine --decree 15/2020 --article Đ8_k2 --violator individual --mitigating -1 | --mitigating",
            "unknown option    | fine --decree 15/2020 --colour red                             | --colour",
            "unknown command   | summarize                                                      | summarize",
            "no subcommand     |                                                                | deadline",
    })
    void badInputExits2WithAMessageNamingIt(String name, String args, String named) {
        String[] words = ("inspections " + args).trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            words[i] = words[i].replace('_', ' '); // "Đ8_k2" stands for the single argument "Đ8 k2"
        }
        assertEquals(ExitCodes.USAGE, run(words), out());
        assertTrue(err().contains(named), name + ": " + err());
    }
}
