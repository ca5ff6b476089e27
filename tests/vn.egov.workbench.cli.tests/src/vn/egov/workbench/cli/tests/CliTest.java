package vn.egov.workbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CommandDescriptor;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.internal.Cli;
import vn.egov.workbench.cli.internal.CommandRegistry;

/** Dispatch and exit codes, with commands built here so that every outcome can be provoked. */
class CliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandRegistry registry = new CommandRegistry();

    private int run(String... args) {
        return new Cli(registry, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static CommandDescriptor descriptor(String name, String plugin) {
        return new CommandDescriptor(name, name + " ARG", "Does " + name + ".", plugin);
    }

    @Test
    void argumentsReachTheCommandAndItsCodeIsReturned() {
        registry.add(descriptor("echo", "p.a"), () -> inv -> {
            inv.out().println(String.join("|", inv.args()));
            return inv.args().size();
        });
        assertEquals(3, run("echo", "a", "--format", "Đắk Glei"));
        assertEquals("a|--format|Đắk Glei", out().strip());
    }

    @Test
    void anUnknownCommandPrintsUsageAndExits2() {
        registry.add(descriptor("stats", "p.a"), () -> inv -> 0);
        assertEquals(ExitCodes.USAGE, run("statz", "x"));
        assertTrue(err().contains("statz"), err());
        assertTrue(err().contains("stats ARG"), "usage lists the commands: " + err());
    }

    @Test
    void badInputGivesTheCommandsMessageAndItsCode() {
        registry.add(descriptor("validate", "p.a"), () -> inv -> {
            throw new CliException("File not found: /nope.egov");
        });
        assertEquals(ExitCodes.USAGE, run("validate", "/nope.egov"));
        assertEquals("File not found: /nope.egov", err().strip());
    }

    @Test
    void aCommandThatCrashesIsAnInternalErrorNamingItsPlugin() {
        registry.add(descriptor("boom", "org.example.broken"), () -> inv -> {
            throw new IllegalStateException("bug");
        });
        assertEquals(ExitCodes.INTERNAL, run("boom"));
        assertTrue(err().contains("org.example.broken") && err().contains("bug"), err());
    }

    @Test
    void aCommandThatCannotBeCreatedIsReportedAndOthersStillRun() {
        registry.add(descriptor("broken", "org.example.broken"), () -> {
            throw new ClassNotFoundException("org.example.Missing");
        });
        registry.add(descriptor("ok", "p.a"), () -> inv -> 0);
        assertEquals(ExitCodes.INTERNAL, run("broken"));
        assertTrue(err().contains("org.example.broken") && err().contains("org.example.Missing"), err());
        assertEquals(ExitCodes.OK, run("ok"));
    }

    @Test
    void malformedAndDuplicateContributionsAreLeftOutWithAProblem() {
        registry.add(new CommandDescriptor("", "x", "y", "org.example.empty"), () -> inv -> 0);
        registry.add(descriptor("stats", "org.example.first"), () -> inv -> 0);
        registry.add(descriptor("stats", "org.example.second"), () -> inv -> 1);
        assertEquals(1, registry.descriptors().size());
        assertEquals(2, registry.problems().size());
        assertTrue(registry.problems().get(0).contains("org.example.empty"));
        assertTrue(registry.problems().get(1).contains("org.example.second")
                && registry.problems().get(1).contains("org.example.first"));
        assertEquals(ExitCodes.OK, run("stats"), "the first contribution wins");
    }
}
