package vn.egov.workbench.export.tests;

import java.io.IOException;

import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExportTarget;
import vn.egov.workbench.export.IExporter;

/** The output fails: not the plug-in's fault, so it stays on. */
public class FullDiskExporter implements IExporter {

    @Override
    public void export(ExportInput input, ExportTarget target) throws IOException {
        target.newFile(input.baseName() + ".x");
        throw new IOException("No space left on device");
    }
}
