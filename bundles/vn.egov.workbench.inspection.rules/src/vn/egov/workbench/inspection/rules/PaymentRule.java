package vn.egov.workbench.inspection.rules;

/**
 * When a fine is due and what late payment costs. The late rate is in basis points per day
 * (5 = 0.05 %) so interest is computed in integers.
 */
public record PaymentRule(int dueDays, int lateBasisPointsPerDay, EffectivePeriod effective, boolean confirmed,
        String source) implements Effective {
}
