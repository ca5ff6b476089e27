package vn.egov.workbench.cli;

/**
 * A headless command, contributed through the {@code vn.egov.workbench.cli.commands} extension point.
 * Implementations print to the invocation's streams (never System.out) so that they can be tested.
 */
public interface ICliCommand {

    /**
     * Runs the command.
     *
     * @return the exit code: {@link ExitCodes#OK}, {@link ExitCodes#FINDINGS} or another of
     *         {@link ExitCodes}
     * @throws CliException for bad usage or bad input, with a message that names what is wrong
     */
    int run(CliInvocation invocation) throws CliException;
}
