package vn.egov.workbench.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.CommandDescriptor;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.extensions.ContributionFault;
import vn.egov.workbench.extensions.ContributionFaults;

/** Dispatches a command line to its command and turns every outcome into an exit code. */
public final class Cli {

    private final CommandRegistry registry;
    private final PrintStream out;
    private final PrintStream err;

    public Cli(CommandRegistry registry, PrintStream out, PrintStream err) {
        this.registry = registry;
        this.out = out;
        this.err = err;
    }

    public int run(String... commandLine) {
        registry.problems().forEach(p -> err.println(NLS.bind(Messages.Cli_warning, p)));
        // other extension points are read lazily, during the command: show their faults as they are found
        Consumer<ContributionFault> warn = f -> err.println(NLS.bind(Messages.Cli_warning, f));
        ContributionFaults.getDefault().addListener(warn);
        try {
            return runCommand(commandLine);
        } finally {
            ContributionFaults.getDefault().removeListener(warn);
        }
    }

    private int runCommand(String... commandLine) {
        if (commandLine.length == 0 || isHelpFlag(commandLine[0])) {
            return dispatch("help", List.of()); //$NON-NLS-1$
        }
        String name = commandLine[0];
        if (registry.find(name).isEmpty()) {
            err.println(NLS.bind(Messages.Cli_unknownCommand, name));
            printUsage(err, registry);
            return ExitCodes.USAGE;
        }
        return dispatch(name, Arrays.asList(commandLine).subList(1, commandLine.length));
    }

    private static boolean isHelpFlag(String arg) {
        return "--help".equals(arg) || "-h".equals(arg) || "-?".equals(arg); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private int dispatch(String name, List<String> args) {
        try {
            return registry.create(name).run(new CliInvocation(args, out, err));
        } catch (CliException e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (RuntimeException | LinkageError e) {
            String contributor = registry.find(name).map(CommandDescriptor::contributor).orElse("?"); //$NON-NLS-1$
            err.println(NLS.bind(Messages.Cli_internalError, new Object[] { name, contributor, e }));
            e.printStackTrace(err);
            return ExitCodes.INTERNAL;
        }
    }

    /** The usage text: synopsis and one line per command. */
    public static void printUsage(PrintStream stream, CommandRegistry registry) {
        stream.println(Messages.Cli_usage);
        stream.println();
        stream.println(Messages.Cli_commands);
        int width = registry.descriptors().stream().mapToInt(d -> d.usage().length()).max().orElse(0);
        for (CommandDescriptor d : registry.descriptors()) {
            stream.println("  " + pad(d.usage(), width) + "  " + d.description()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        stream.println();
        stream.println(Messages.Cli_exitCodes);
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length())); //$NON-NLS-1$
    }
}
