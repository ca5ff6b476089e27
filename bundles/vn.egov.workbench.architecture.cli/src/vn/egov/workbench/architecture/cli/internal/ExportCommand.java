package vn.egov.workbench.architecture.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;
import vn.egov.workbench.cli.Options;

/**
 * {@code export FILE --format csv|json [--out DIR]}: the model's elements, relations and properties, into DIR (by
 * default the current folder) as BASE-elements.csv, BASE-relations.csv and BASE-properties.csv, or BASE.json, where
 * BASE is the model file's name without .egov. Files are written under temporary names and renamed at the end, so a
 * failed export leaves no half-written file.
 */
public class ExportCommand implements ICliCommand {

    private static final String MORE = " --format csv|json [--out DIR]"; //$NON-NLS-1$

    @Override
    public int run(CliInvocation inv) throws CliException {
        Options o = Options.parse(inv.args(), Set.of("format", "out")); //$NON-NLS-1$ //$NON-NLS-2$
        Path file = ModelInput.file("export", o.positional(), MORE); //$NON-NLS-1$
        o.require("format"); //$NON-NLS-1$
        String format = o.choice("format", null, List.of("csv", "json")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Path dir;
        try {
            dir = Path.of(o.get("out").orElse(".")); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (InvalidPathException e) {
            throw new CliException(NLS.bind(Messages.Export_cannotWrite, o.get("out").orElse(""), e.getMessage())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Architecture model = ModelInput.load(file);
        ExportData data = ExportData.of(model);
        String base = file.getFileName().toString().replaceFirst("\\.egov$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        Map<Path, Path> written = new LinkedHashMap<>(); // final name -> temporary file
        try {
            Files.createDirectories(dir);
            if ("csv".equals(format)) { //$NON-NLS-1$
                for (String table : List.of("elements", "relations", "properties")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    Path temp = temp(dir, written, base + "-" + table + ".csv"); //$NON-NLS-1$ //$NON-NLS-2$
                    CsvExport.write(data, temp, table);
                }
            } else {
                JsonExport.write(model, data, temp(dir, written, base + ".json")); //$NON-NLS-1$
            }
            for (Map.Entry<Path, Path> e : written.entrySet()) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
                inv.out().println(NLS.bind(Messages.Export_written, e.getKey()));
            }
        } catch (IOException e) {
            throw new CliException(NLS.bind(Messages.Export_cannotWrite, dir, e.toString()), e);
        } finally {
            cleanUp(new ArrayList<>(written.values()));
        }
        return ExitCodes.OK;
    }

    private static Path temp(Path dir, Map<Path, Path> written, String name) throws IOException {
        Path temp = Files.createTempFile(dir, name, ".tmp"); //$NON-NLS-1$
        written.put(dir.resolve(name), temp);
        return temp;
    }

    private static void cleanUp(List<Path> temps) {
        for (Path p : temps) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // best effort: a temporary file left behind is named *.tmp
            }
        }
    }
}
