package vn.egov.workbench.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One run of a command: its arguments (without the command name) and where to print.
 *
 * @param args the arguments after the command name
 * @param out normal output
 * @param err messages about problems
 */
public record CliInvocation(List<String> args, PrintStream out, PrintStream err) {

    public CliInvocation {
        args = List.copyOf(args);
    }
}
