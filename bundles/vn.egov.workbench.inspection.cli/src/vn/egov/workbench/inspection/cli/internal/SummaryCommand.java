package vn.egov.workbench.inspection.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.Options;
import vn.egov.workbench.inspection.rules.Vnd;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.store.YearSummary;

/**
 * {@code inspections summary --year YYYY [--db JDBC-URL] [--user NAME]}: the year's rounds, records,
 * decisions, fines, collected and outstanding. Without --db it reads the embedded database in the
 * data folder, which gets the 2020 sample on first use. The password of --db comes from
 * $EGOV_WORKBENCH_DB_PASSWORD, never from the command line (it would show in the process list).
 */
class SummaryCommand implements InspectionsCommand.Subcommand {

    @Override
    public int run(List<String> args, CliInvocation inv) throws CliException {
        Options o = Options.parse(args, Set.of("year", "db", "user")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        if (!o.positional().isEmpty()) {
            throw new CliException(NLS.bind(Messages.Inspections_unexpected, o.positional().get(0)));
        }
        o.require("year"); //$NON-NLS-1$
        int year = o.intValue("year", 0, 1900); //$NON-NLS-1$
        StoreConfig config;
        try {
            config = o.get("db").map(url -> new StoreConfig(url, o.get("user").orElse(null), //$NON-NLS-1$
                    System.getenv("EGOV_WORKBENCH_DB_PASSWORD"))).orElse(null); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        YearSummary s;
        try (InspectionStore store = config == null ? InspectionStore.openDefault() : InspectionStore.open(config)) {
            s = store.summary(year);
            config = store.config();
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
        Locale locale = Locale.getDefault();
        inv.out().println(NLS.bind(Messages.Summary_title, Integer.toString(year), config.toString()));
        inv.out().println(NLS.bind(Messages.Summary_rounds, Integer.toString(s.rounds())));
        inv.out().println(NLS.bind(Messages.Summary_records, Integer.toString(s.records())));
        inv.out().println(NLS.bind(Messages.Summary_decisions, Integer.toString(s.decisions())));
        inv.out().println(NLS.bind(Messages.Summary_total, Vnd.format(s.totalFines(), locale)));
        inv.out().println(NLS.bind(Messages.Summary_collected, Vnd.format(s.collected(), locale)));
        inv.out().println(NLS.bind(Messages.Summary_outstanding, Vnd.format(s.outstanding(), locale)));
        return ExitCodes.OK;
    }
}
