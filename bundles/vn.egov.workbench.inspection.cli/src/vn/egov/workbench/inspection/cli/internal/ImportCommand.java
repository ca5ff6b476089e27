package vn.egov.workbench.inspection.cli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.Options;
import vn.egov.workbench.inspection.csv.CsvImportException;
import vn.egov.workbench.inspection.csv.CsvImporter;
import vn.egov.workbench.inspection.csv.ImportResult;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.StoreException;

/**
 * {@code inspections import [--rounds F] [--records F] [--decisions F] [--db URL] [--user NAME]}:
 * all rows checked, then written in one transaction. Bad rows are bad input (exit 2), each named by
 * file, row and column; nothing is written then.
 */
class ImportCommand implements InspectionsCommand.Subcommand {

    @Override
    public int run(List<String> args, CliInvocation inv) throws CliException {
        Options o = Options.parse(args, Set.of("rounds", "records", "decisions", "db", "user")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
        StoreOptions.noPositional(o);
        Path rounds = o.get("rounds").map(Path::of).orElse(null); //$NON-NLS-1$
        Path records = o.get("records").map(Path::of).orElse(null); //$NON-NLS-1$
        Path decisions = o.get("decisions").map(Path::of).orElse(null); //$NON-NLS-1$
        if (rounds == null && records == null && decisions == null) {
            throw new CliException(Messages.Import_noFile);
        }
        if (decisions != null && records == null) {
            throw new CliException(Messages.Import_decisionsNeedRecords);
        }
        try (InspectionStore store = StoreOptions.open(o)) {
            ImportResult r = new CsvImporter(store, RuleBook.builtIn()).importFiles(rounds, records, decisions,
                    System.getProperty("user.name", "cli")); //$NON-NLS-1$ //$NON-NLS-2$
            inv.out().println(NLS.bind(Messages.Import_done, new Object[] { store.config(), r.rounds(), r.subjects(),
                    r.records(), r.decisions() }));
            return ExitCodes.OK;
        } catch (CsvImportException | StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
