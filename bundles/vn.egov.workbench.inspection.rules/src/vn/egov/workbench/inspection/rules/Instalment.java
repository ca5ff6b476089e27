package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;
import java.util.Objects;

/** One payment of an instalment plan: pay {@code amount} VND by {@code dueOn}. */
public record Instalment(LocalDate dueOn, long amount) {

    public Instalment {
        Objects.requireNonNull(dueOn, "dueOn");
    }
}
