package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a rule is in force: from {@code from} to {@code to}, both inclusive; {@code to} is null
 * while the rule has not been replaced. Amendments are new versions with a later {@code from}.
 */
public record EffectivePeriod(LocalDate from, LocalDate to) {

    public EffectivePeriod {
        Objects.requireNonNull(from, "from");
        if (to != null && to.isBefore(from)) {
            throw new RuleViolation("data.periodReversed", from, to);
        }
    }

    public static EffectivePeriod from(LocalDate from) {
        return new EffectivePeriod(from, null);
    }

    public Optional<LocalDate> until() {
        return Optional.ofNullable(to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    public boolean overlaps(EffectivePeriod other) {
        boolean thisEndsBefore = to != null && to.isBefore(other.from);
        boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
        return !thisEndsBefore && !otherEndsBefore;
    }

    @Override
    public String toString() {
        return from + ".." + (to == null ? "" : to.toString());
    }
}
