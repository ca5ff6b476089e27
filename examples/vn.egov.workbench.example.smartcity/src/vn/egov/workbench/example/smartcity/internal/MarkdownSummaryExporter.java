package vn.egov.workbench.example.smartcity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExportTarget;
import vn.egov.workbench.export.IExporter;

/** Format {@code markdown}: BASE-summary.md, in the user's language. */
public class MarkdownSummaryExporter implements IExporter {

    @Override
    public void export(ExportInput input, ExportTarget target) throws IOException {
        String text = MarkdownSummary.of(input.data(Architecture.class), input.locale());
        Files.writeString(target.newFile(input.baseName() + "-summary.md"), text, StandardCharsets.UTF_8); //$NON-NLS-1$
    }
}
