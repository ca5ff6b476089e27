package vn.egov.workbench.export;

import java.io.IOException;

/**
 * Writes data to files. Contributed through the extension point {@code vn.egov.workbench.export.exporters}
 * (see schema/exporters.exsd for the contract).
 */
public interface IExporter {

    /**
     * Writes the input into files that {@code target} creates. Throw IOException only for problems of the output
     * (disk full, folder not writable); anything else thrown switches the exporter off for the session.
     */
    void export(ExportInput input, ExportTarget target) throws IOException;
}
