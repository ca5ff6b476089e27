package vn.egov.workbench.example.smartcity.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelLoadException;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;

/** {@code smartcity FILE}: the Markdown summary on standard output. */
public class SmartCityCommand implements ICliCommand {

    @Override
    public int run(CliInvocation inv) throws CliException {
        if (inv.args().size() != 1) {
            throw new CliException("Usage: ./workbench smartcity FILE"); //$NON-NLS-1$
        }
        Path file = Path.of(inv.args().get(0));
        if (!Files.isRegularFile(file)) {
            throw new CliException("The model file " + file + " does not exist."); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Architecture model;
        try {
            model = ModelFiles.load(file);
        } catch (ModelLoadException e) {
            throw new CliException("Cannot read the model file " + file + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        inv.out().print(MarkdownSummary.of(model, Locale.getDefault()));
        return ExitCodes.OK;
    }
}
