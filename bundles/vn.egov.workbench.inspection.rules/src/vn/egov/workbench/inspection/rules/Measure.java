package vn.egov.workbench.inspection.rules;

import java.util.Objects;

/**
 * An additional sanction (licence suspension, confiscation...) or a remedial measure (return illegal
 * gains, destroy goods, remove information). {@code kind} is a data code such as "confiscation";
 * a suspension term, when the decree gives one, is in whole months (0 when none).
 */
public record Measure(String kind, LocalText text, int minMonths, int maxMonths) {

    public Measure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        if (minMonths < 0 || maxMonths < minMonths) {
            throw new RuleViolation("input.badRange", minMonths, maxMonths);
        }
    }

    public boolean hasTerm() {
        return maxMonths > 0;
    }
}
