package vn.egov.workbench.inspection.rules;

/**
 * A fine range in whole VND, both ends inclusive. All arithmetic is integer; every division by two
 * rounds half up to the next whole dong (the only rounding rule of this bundle, see {@link #halfUp}).
 */
public record FineRange(long min, long max) {

    public FineRange {
        if (min < 0 || max < min) {
            throw new RuleViolation("input.badRange", min, max);
        }
    }

    /** The range an individual pays: half of the organisation range at both ends. */
    public FineRange half() {
        return new FineRange(halfUp(min), halfUp(max));
    }

    /** The default fine of the law: the midpoint of the range. */
    public long midpoint() {
        return midpoint(min, max);
    }

    /** Midpoint of two non-negative amounts, rounded half up. */
    public static long midpoint(long a, long b) {
        return halfUp(Math.addExact(a, b));
    }

    /** Half of a non-negative amount, rounded half up (500,000.5 becomes 500,001). */
    public static long halfUp(long amount) {
        if (amount < 0) {
            throw new RuleViolation("input.negativeAmount", amount);
        }
        return amount / 2 + amount % 2;
    }

    public boolean contains(long amount) {
        return amount >= min && amount <= max;
    }
}
