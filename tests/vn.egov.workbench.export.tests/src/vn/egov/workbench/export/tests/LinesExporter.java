package vn.egov.workbench.export.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExportTarget;
import vn.egov.workbench.export.IExporter;

/** A good exporter: the items of a list, one per line, in BASE.txt. */
public class LinesExporter implements IExporter {

    @Override
    public void export(ExportInput input, ExportTarget target) throws IOException {
        List<?> items = input.data(List.class);
        Files.write(target.newFile(input.baseName() + ".txt"), items.stream().map(String::valueOf).toList(),
                StandardCharsets.UTF_8);
    }
}
