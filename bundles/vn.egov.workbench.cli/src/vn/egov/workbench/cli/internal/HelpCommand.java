package vn.egov.workbench.cli.internal;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.CommandDescriptor;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;

/** {@code help}: the list of commands; {@code help NAME}: that command's synopsis. */
public class HelpCommand implements ICliCommand {

    @Override
    public int run(CliInvocation invocation) throws CliException {
        CommandRegistry registry = CommandRegistry.getDefault();
        if (invocation.args().isEmpty()) {
            Cli.printUsage(invocation.out(), registry);
            return ExitCodes.OK;
        }
        String name = invocation.args().get(0);
        CommandDescriptor d = registry.find(name)
                .orElseThrow(() -> new CliException(NLS.bind(Messages.Cli_unknownCommand, name)));
        invocation.out().println(NLS.bind(Messages.Help_synopsis, d.usage()));
        invocation.out().println(d.description());
        invocation.out().println(NLS.bind(Messages.Help_contributedBy, d.contributor()));
        return ExitCodes.OK;
    }
}
