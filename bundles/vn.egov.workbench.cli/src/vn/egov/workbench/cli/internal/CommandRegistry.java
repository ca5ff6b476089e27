package vn.egov.workbench.cli.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.CliException;
import vn.egov.workbench.cli.CommandDescriptor;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.ICliCommand;

/**
 * The contributed commands, read from the extension registry without creating their classes.
 * A malformed or duplicate contribution is recorded as a problem naming its plug-in and left out;
 * the other commands keep working.
 */
public final class CommandRegistry {

    public static final String EXTENSION_POINT = "vn.egov.workbench.cli.commands"; //$NON-NLS-1$

    /** Creates a command's class; may fail in any way a plug-in can fail. */
    @FunctionalInterface
    public interface Factory {
        ICliCommand create() throws Exception;
    }

    private record Entry(CommandDescriptor descriptor, Factory factory) {
    }

    private static volatile CommandRegistry defaultRegistry;

    private final Map<String, Entry> entries = new TreeMap<>();
    private final List<String> problems = new ArrayList<>();

    /** The registry of the running platform, read once on first use. */
    public static CommandRegistry getDefault() {
        CommandRegistry r = defaultRegistry;
        if (r == null) {
            r = fromExtensions(RegistryFactory.getRegistry());
            defaultRegistry = r;
        }
        return r;
    }

    public static CommandRegistry fromExtensions(IExtensionRegistry registry) {
        CommandRegistry result = new CommandRegistry();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String contributor = e.getContributor().getName();
            CommandDescriptor d = new CommandDescriptor(e.getAttribute("name"), e.getAttribute("usage"), //$NON-NLS-1$ //$NON-NLS-2$
                    e.getAttribute("description"), contributor); //$NON-NLS-1$
            result.add(d, () -> (ICliCommand) e.createExecutableExtension("class")); //$NON-NLS-1$
        }
        return result;
    }

    /** Adds a command unless it is malformed or its name is taken, which is recorded as a problem. */
    public void add(CommandDescriptor d, Factory factory) {
        if (isBlank(d.name()) || isBlank(d.usage()) || isBlank(d.description())) {
            problems.add(NLS.bind(Messages.Registry_malformed, d.contributor()));
        } else if (entries.containsKey(d.name())) {
            problems.add(NLS.bind(Messages.Registry_duplicate,
                    new Object[] { d.name(), d.contributor(), entries.get(d.name()).descriptor().contributor() }));
        } else {
            entries.put(d.name(), new Entry(d, factory));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public List<CommandDescriptor> descriptors() {
        return entries.values().stream().map(Entry::descriptor).toList();
    }

    public Optional<CommandDescriptor> find(String name) {
        return Optional.ofNullable(entries.get(name)).map(Entry::descriptor);
    }

    /** Problems found while reading the contributions, one message each. */
    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** Creates the command's class; a plug-in that fails here is named in the exception. */
    public ICliCommand create(String name) throws CliException {
        Entry entry = entries.get(name);
        if (entry == null) {
            throw new CliException(NLS.bind(Messages.Cli_unknownCommand, name));
        }
        try {
            return entry.factory().create();
        } catch (Exception | LinkageError e) {
            throw new CliException(NLS.bind(Messages.Registry_cannotCreate,
                    new Object[] { name, entry.descriptor().contributor(), String.valueOf(e) }), ExitCodes.INTERNAL);
        }
    }
}
