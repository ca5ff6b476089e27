package vn.egov.workbench.inspection.cli.internal;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.Options;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.store.StoreException;

/**
 * --db JDBC-URL and --user NAME, as the summary command reads them: without --db the embedded
 * database of the data folder (with the 2020 sample on first use); the password from
 * $EGOV_WORKBENCH_DB_PASSWORD, never from the command line.
 */
final class StoreOptions {

    private StoreOptions() {
    }

    static InspectionStore open(Options o) throws CliException {
        StoreConfig config;
        try {
            config = o.get("db").map(url -> new StoreConfig(url, o.get("user").orElse(null), //$NON-NLS-1$ //$NON-NLS-2$
                    System.getenv("EGOV_WORKBENCH_DB_PASSWORD"))).orElse(null); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
        try {
            return config == null ? InspectionStore.openDefault() : InspectionStore.open(config);
        } catch (StoreException e) {
            throw new CliException(e.getMessage(), e);
        }
    }

    static void noPositional(Options o) throws CliException {
        if (!o.positional().isEmpty()) {
            throw new CliException(NLS.bind(Messages.Inspections_unexpected, o.positional().get(0)));
        }
    }
}
