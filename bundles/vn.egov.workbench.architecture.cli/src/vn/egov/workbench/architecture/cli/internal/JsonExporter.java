package vn.egov.workbench.architecture.cli.internal;

import java.io.IOException;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExportTarget;
import vn.egov.workbench.export.IExporter;

/** Format {@code json}: BASE.json. */
public class JsonExporter implements IExporter {

    @Override
    public void export(ExportInput input, ExportTarget target) throws IOException {
        Architecture model = input.data(Architecture.class);
        JsonExport.write(model, ExportData.of(model), target.newFile(input.baseName() + ".json")); //$NON-NLS-1$
    }
}
