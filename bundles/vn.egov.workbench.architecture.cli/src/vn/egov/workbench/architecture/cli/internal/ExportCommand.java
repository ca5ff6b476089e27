package vn.egov.workbench.architecture.cli.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;
import vn.egov.workbench.cli.Options;
import vn.egov.workbench.export.ExportException;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExporterDescriptor;
import vn.egov.workbench.export.ExporterRegistry;

/**
 * {@code export FILE --format FORMAT [--out DIR]}: the model through one of the exporters contributed to
 * {@code vn.egov.workbench.export.exporters} (built in: csv, json), into DIR (by default the current folder). BASE,
 * the model file's name without .egov, starts the files' names. A failed export leaves no half-written file.
 */
public class ExportCommand implements ICliCommand {

    @Override
    public int run(CliInvocation inv) throws CliException {
        ExporterRegistry registry = ExporterRegistry.getDefault();
        List<String> formats = registry.formats(ExportInput.ARCHITECTURE);
        String more = " --format " + String.join("|", formats) + " [--out DIR]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Options o = Options.parse(inv.args(), Set.of("format", "out")); //$NON-NLS-1$ //$NON-NLS-2$
        Path file = ModelInput.file("export", o.positional(), more); //$NON-NLS-1$
        o.require("format"); //$NON-NLS-1$
        String format = o.choice("format", null, formats); //$NON-NLS-1$
        ExporterDescriptor exporter = registry.find(ExportInput.ARCHITECTURE, format).orElseThrow();
        Path dir;
        try {
            dir = Path.of(o.get("out").orElse(".")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (InvalidPathException e) {
            throw new CliException(NLS.bind(Messages.Export_cannotWrite, o.get("out").orElse(""), e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Architecture model = ModelInput.load(file);
        String base = file.getFileName().toString().replaceFirst("\\.egov$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            for (Path written : registry.export(exporter,
                    new ExportInput(ExportInput.ARCHITECTURE, model, base, Locale.getDefault()), dir)) {
                inv.out().println(NLS.bind(Messages.Export_written, written));
            }
        } catch (ExportException e) {
            throw new CliException(e.getMessage(), e.isOutputProblem() ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        }
        return ExitCodes.OK;
    }
}
