package vn.egov.workbench.inspection.cli.internal;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.Options;
import vn.egov.workbench.inspection.csv.CsvExporter;
import vn.egov.workbench.inspection.csv.ExportResult;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.StoreException;

/** {@code inspections export --year YYYY --out DIR [--db URL] [--user NAME]}: the three CSV files of a year. */
class ExportCommand implements InspectionsCommand.Subcommand {

    @Override
    public int run(List<String> args, CliInvocation inv) throws CliException {
        Options o = Options.parse(args, Set.of("year", "out", "db", "user")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
        StoreOptions.noPositional(o);
        o.require("year"); //$NON-NLS-1$
        int year = o.intValue("year", 0, 1900); //$NON-NLS-1$
        Path out = Path.of(o.require("out")); //$NON-NLS-1$
        try (InspectionStore store = StoreOptions.open(o)) {
            ExportResult r = new CsvExporter(store).export(year, out);
            inv.out().println(NLS.bind(Messages.Export_done, new Object[] { year, store.config(), out.toAbsolutePath() }));
            inv.out().println(NLS.bind(Messages.Export_file, r.roundsFile().getFileName(), r.rounds()));
            inv.out().println(NLS.bind(Messages.Export_file, r.recordsFile().getFileName(), r.records()));
            inv.out().println(NLS.bind(Messages.Export_file, r.decisionsFile().getFileName(), r.decisions()));
            return ExitCodes.OK;
        } catch (StoreException | UncheckedIOException e) {
            throw new CliException(e.getMessage(), e);
        }
    }
}
