package vn.egov.workbench.inspection.cli.internal;

import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ICliCommand;
import vn.egov.workbench.inspection.rules.RuleViolation;

/**
 * {@code inspections SUBCOMMAND ...}: the inspectors' headless commands. A broken legal rule (an
 * unknown article, a date without a holiday calendar) is bad input: exit 2 with the rule's message.
 */
public class InspectionsCommand implements ICliCommand {

    /** One subcommand; receives the arguments after its name. */
    interface Subcommand {
        int run(List<String> args, CliInvocation invocation) throws CliException;
    }

    private final Map<String, Subcommand> subcommands = Map.of(
            "deadline", new DeadlineCommand(), //$NON-NLS-1$
            "fine", new FineCommand(), //$NON-NLS-1$
            "summary", new SummaryCommand(), //$NON-NLS-1$
            "import", new ImportCommand(), //$NON-NLS-1$
            "export", new ExportCommand()); //$NON-NLS-1$

    @Override
    public int run(CliInvocation invocation) throws CliException {
        List<String> args = invocation.args();
        if (args.isEmpty()) {
            throw new CliException(Messages.Inspections_usage);
        }
        Subcommand sub = subcommands.get(args.get(0));
        if (sub == null) {
            throw new CliException(NLS.bind(Messages.Inspections_unknown, args.get(0)) + '\n' + Messages.Inspections_usage);
        }
        try {
            return sub.run(args.subList(1, args.size()), invocation);
        } catch (RuleViolation e) {
            throw new CliException(e.message(java.util.Locale.getDefault()), e);
        }
    }
}
