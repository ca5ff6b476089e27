package vn.egov.workbench.inspection.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Thrown when a rule cannot be applied: unknown article, a date outside the loaded calendars,
 * malformed data or input. It carries a message key and arguments, so the UI can show the
 * Vietnamese text and a log the English one; {@link #getMessage()} is English.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    public RuleViolation(String key, Object... args) {
        this(null, key, args);
    }

    private RuleViolation(Throwable cause, String key, Object[] args) {
        super(Messages.format(Locale.ENGLISH, key, Arrays.asList(args)), cause);
        this.key = key;
        this.args = Collections.unmodifiableList(Arrays.asList(args.clone()));
    }

    /** Same as the constructor, keeping the low-level cause (e.g. the XML parser's exception). */
    public static RuleViolation causedBy(Throwable cause, String key, Object... args) {
        return new RuleViolation(cause, key, args);
    }

    /** The key in messages.properties, stable for tests and programmatic handling. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The message in the given locale (Vietnamese for "vi", English otherwise). */
    public String message(Locale locale) {
        return Messages.format(locale, key, args);
    }
}
