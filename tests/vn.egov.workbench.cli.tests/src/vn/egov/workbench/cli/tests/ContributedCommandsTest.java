package vn.egov.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.cli.CommandDescriptor;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.internal.Cli;
import vn.egov.workbench.cli.internal.CommandRegistry;

/** The commands contributed through the extension registry of the running product. */
class ContributedCommandsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new Cli(CommandRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void helpAndVersionAreContributedWithoutProblems() {
        List<String> names = CommandRegistry.getDefault().descriptors().stream().map(CommandDescriptor::name).toList();
        assertTrue(names.containsAll(List.of("help", "version")), names::toString);
        assertEquals(List.of(), CommandRegistry.getDefault().problems());
    }

    @Test
    void helpListsEveryCommandWithItsDescription() {
        assertEquals(ExitCodes.OK, run("help"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (CommandDescriptor d : CommandRegistry.getDefault().descriptors()) {
            assertTrue(text.contains(d.usage()) && text.contains(d.description()), text);
        }
    }

    @Test
    void noArgumentsMeansHelp() {
        assertEquals(ExitCodes.OK, run());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("version"));
    }

    @Test
    void helpForOneCommandNamesItsPlugin() {
        assertEquals(ExitCodes.OK, run("help", "version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("vn.egov.workbench.cli"));
        assertEquals(ExitCodes.USAGE, run("help", "nosuch"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("nosuch"));
    }

    @Test
    void versionPrintsTheStampedBuild() {
        assertEquals(ExitCodes.OK, run("version"));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("(?s).*1\\.0\\.0 \\(\\S+ \\d{12}\\).*"),
                out.toString(StandardCharsets.UTF_8));
    }
}
