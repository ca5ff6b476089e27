package vn.egov.workbench.export.tests;

import java.io.IOException;
import java.nio.file.Files;

import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExportTarget;
import vn.egov.workbench.export.IExporter;

/** Writes half a file, then hits a bug. */
public class CrashingExporter implements IExporter {

    @Override
    public void export(ExportInput input, ExportTarget target) throws IOException {
        Files.writeString(target.newFile(input.baseName() + ".half"), "half");
        throw new NullPointerException("bug in a plug-in exporter");
    }
}
