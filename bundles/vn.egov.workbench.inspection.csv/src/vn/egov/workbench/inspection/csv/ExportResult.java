package vn.egov.workbench.inspection.csv;

import java.nio.file.Path;

/** What an export wrote: the three files and their data rows. */
public record ExportResult(Path roundsFile, Path recordsFile, Path decisionsFile, int rounds, int records, int decisions) {
}
