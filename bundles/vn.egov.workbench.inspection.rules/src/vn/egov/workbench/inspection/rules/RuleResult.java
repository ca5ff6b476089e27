package vn.egov.workbench.inspection.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Outcome of a check that may legitimately say "no" (competence, instalment plan, status change):
 * either OK, or refused with a message key and arguments naming what is wrong.
 * Checks return this instead of throwing because a refusal is an expected answer, not a fault.
 */
public final class RuleResult {

    private static final RuleResult OK = new RuleResult(null, List.of());

    private final String key;
    private final List<Object> args;

    private RuleResult(String key, List<Object> args) {
        this.key = key;
        this.args = args;
    }

    public static RuleResult ok() {
        return OK;
    }

    public static RuleResult refused(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        return new RuleResult(key, Collections.unmodifiableList(Arrays.asList(args.clone())));
    }

    public boolean isOk() {
        return key == null;
    }

    /** The message key of the refusal, or "rule.ok". */
    public String key() {
        return isOk() ? "rule.ok" : key;
    }

    public List<Object> args() {
        return args;
    }

    public String message(Locale locale) {
        return Messages.format(locale, key(), args);
    }

    /** Throws the refusal as a {@link RuleViolation}; does nothing when OK. */
    public void orThrow() {
        if (!isOk()) {
            throw new RuleViolation(key, args.toArray());
        }
    }

    @Override
    public String toString() {
        return isOk() ? "OK" : key + ": " + message(Locale.ENGLISH);
    }
}
