package vn.egov.workbench.architecture.cli.internal;

import java.io.IOException;
import java.util.List;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExportTarget;
import vn.egov.workbench.export.IExporter;

/** Format {@code csv}: BASE-elements.csv, BASE-relations.csv and BASE-properties.csv. */
public class CsvExporter implements IExporter {

    @Override
    public void export(ExportInput input, ExportTarget target) throws IOException {
        ExportData data = ExportData.of(input.data(Architecture.class));
        for (String table : List.of("elements", "relations", "properties")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            CsvExport.write(data, target.newFile(input.baseName() + "-" + table + ".csv"), table); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
