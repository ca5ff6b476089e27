package vn.egov.workbench.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.cli.internal.Messages;

/**
 * The arguments of a command: {@code --name value} options from a known set, and positional
 * arguments. Every mistake (unknown option, missing or repeated value, malformed number or date)
 * is a {@link CliException} that names the option and what was wrong.
 */
public final class Options {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    private Options() {
    }

    /** Parses {@code args}; {@code known} are the option names without the leading dashes. */
    public static Options parse(List<String> args, Set<String> known) throws CliException {
        Options o = new Options();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) { //$NON-NLS-1$
                o.positional.add(arg);
                continue;
            }
            String name = arg.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (!known.contains(name)) {
                throw new CliException(NLS.bind(Messages.Options_unknown, arg, String.join(", --", new java.util.TreeSet<>(known)))); //$NON-NLS-1$
            }
            if (value == null) {
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) { //$NON-NLS-1$
                    throw new CliException(NLS.bind(Messages.Options_missingValue, name));
                }
                value = args.get(++i);
            }
            if (o.values.putIfAbsent(name, value) != null) {
                throw new CliException(NLS.bind(Messages.Options_repeated, name));
            }
        }
        return o;
    }

    public List<String> positional() {
        return Collections.unmodifiableList(positional);
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public String require(String name) throws CliException {
        String v = values.get(name);
        if (v == null || v.isBlank()) {
            throw new CliException(NLS.bind(Messages.Options_required, name));
        }
        return v;
    }

    /** A whole number of at least {@code min}, or the default when the option is absent. */
    public int intValue(String name, int defaultValue, int min) throws CliException {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliException(NLS.bind(Messages.Options_notANumber, new Object[] { name, v, min }));
        }
    }

    /** A date written YYYY-MM-DD, or the default when the option is absent. */
    public LocalDate date(String name, LocalDate defaultValue) throws CliException {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            return LocalDate.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new CliException(NLS.bind(Messages.Options_notADate, name, v));
        }
    }

    /** One of the allowed words (case-insensitive), or the default when the option is absent. */
    public String choice(String name, String defaultValue, List<String> allowed) throws CliException {
        String v = values.get(name);
        if (v == null) {
            return defaultValue;
        }
        String lower = v.trim().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw new CliException(NLS.bind(Messages.Options_notAChoice, new Object[] { name, v, String.join("|", allowed) })); //$NON-NLS-1$
        }
        return lower;
    }
}
