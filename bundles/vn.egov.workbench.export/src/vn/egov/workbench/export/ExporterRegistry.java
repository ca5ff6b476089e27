package vn.egov.workbench.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.export.internal.Messages;
import vn.egov.workbench.extensions.ContributionException;
import vn.egov.workbench.extensions.Contributions;
import vn.egov.workbench.extensions.LazyExtension;

/**
 * The exporters contributed to {@code vn.egov.workbench.export.exporters}, read once on first use. Classes are
 * created when an export runs. Malformed or duplicate contributions, classes that cannot be created and exporters
 * that throw are reported with their plug-in's name and left out; the others keep working.
 */
public final class ExporterRegistry {

    public static final String EXTENSION_POINT = "vn.egov.workbench.export.exporters"; //$NON-NLS-1$

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9-]*"); //$NON-NLS-1$
    private static volatile ExporterRegistry defaultRegistry;

    private record Entry(ExporterDescriptor descriptor, LazyExtension<IExporter> exporter) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>(); // kind + ":" + format

    private ExporterRegistry() {
    }

    public static ExporterRegistry getDefault() {
        ExporterRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (ExporterRegistry.class) {
                r = defaultRegistry;
                if (r == null) {
                    r = of(Contributions.elements(EXTENSION_POINT));
                    defaultRegistry = r;
                }
            }
        }
        return r;
    }

    public static ExporterRegistry of(IConfigurationElement[] elements) {
        ExporterRegistry registry = new ExporterRegistry();
        Contributions.read(EXTENSION_POINT, elements, registry::add);
        return registry;
    }

    private Entry add(IConfigurationElement e) throws ContributionException {
        String written = Contributions.required(e, "format"); //$NON-NLS-1$
        String format = written.toLowerCase(Locale.ROOT);
        String kind = Contributions.required(e, "kind"); //$NON-NLS-1$
        Contributions.required(e, "class"); //$NON-NLS-1$
        if (!FORMAT.matcher(format).matches()) {
            throw new ContributionException(NLS.bind(Messages.Registry_badFormat, written, Contributions.describe(e)));
        }
        String description = e.getAttribute("description"); //$NON-NLS-1$
        ExporterDescriptor d = new ExporterDescriptor(Contributions.required(e, "id"), format, kind, //$NON-NLS-1$
                Contributions.required(e, "name"), description == null ? "" : description, //$NON-NLS-1$ //$NON-NLS-2$
                Contributions.contributor(e));
        Entry taken = entries.get(kind + ':' + format);
        if (taken != null) {
            throw new ContributionException(NLS.bind(Messages.Registry_duplicate,
                    new Object[] { format, kind, taken.descriptor().contributor() }));
        }
        Entry entry = new Entry(d, new LazyExtension<>(EXTENSION_POINT, e, "class", IExporter.class)); //$NON-NLS-1$
        entries.put(kind + ':' + format, entry);
        return entry;
    }

    /** The exporters of a kind that are not switched off, in contribution order. */
    public List<ExporterDescriptor> descriptors(String kind) {
        List<ExporterDescriptor> result = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.descriptor().kind().equals(kind) && !e.exporter().isDisabled()) {
                result.add(e.descriptor());
            }
        }
        return result;
    }

    /** The formats of a kind, e.g. [csv, json, markdown]. */
    public List<String> formats(String kind) {
        return descriptors(kind).stream().map(ExporterDescriptor::format).toList();
    }

    public Optional<ExporterDescriptor> find(String kind, String format) {
        Entry e = entries.get(kind + ':' + format.toLowerCase(Locale.ROOT));
        return e == null || e.exporter().isDisabled() ? Optional.empty() : Optional.of(e.descriptor());
    }

    /**
     * Runs an exporter into a folder; returns the files written. If the exporter cannot be created or throws, it
     * is switched off and reported, and nothing is written.
     */
    public List<Path> export(ExporterDescriptor d, ExportInput input, Path dir) throws ExportException {
        Entry entry = entries.get(d.kind() + ':' + d.format());
        IExporter exporter = entry == null ? null : entry.exporter().get().orElse(null);
        if (exporter == null) {
            throw new ExportException(NLS.bind(Messages.Export_unavailable, d.format(), d.contributor()), null, false);
        }
        ExportTarget target = new ExportTarget(dir);
        try {
            exporter.export(input, target);
            return target.commit();
        } catch (IOException e) {
            throw new ExportException(NLS.bind(Messages.Export_cannotWrite, dir, e.toString()), e, true);
        } catch (RuntimeException | LinkageError e) {
            entry.exporter().disable(e);
            throw new ExportException(NLS.bind(Messages.Export_failed,
                    new Object[] { d.format(), d.contributor(), e.toString() }), e, false);
        } finally {
            target.abort();
        }
    }
}
