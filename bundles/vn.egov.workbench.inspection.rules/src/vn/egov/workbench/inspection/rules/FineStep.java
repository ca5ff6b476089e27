package vn.egov.workbench.inspection.rules;

/**
 * Where in the range a fine lands after mitigating and aggravating circumstances cancel one for one.
 * The law fixes the midpoint (none net), the minimum (two or more net mitigating) and the maximum
 * (two or more net aggravating); for exactly one net circumstance it only says "may decrease / increase".
 * Our reading for that case: halfway between the midpoint and the nearer end, i.e. the midpoint of
 * min..mid ({@link #LOWER}) or of mid..max ({@link #UPPER}).
 */
public enum FineStep {
    MINIMUM,
    LOWER,
    MIDPOINT,
    UPPER,
    MAXIMUM;

    /** The step for the given counts of circumstances (each at least 0). */
    public static FineStep of(int mitigating, int aggravating) {
        if (mitigating < 0 || aggravating < 0) {
            throw new RuleViolation("fine.negativeCircumstances", mitigating, aggravating);
        }
        int net = aggravating - mitigating;
        if (net <= -2) {
            return MINIMUM;
        }
        if (net >= 2) {
            return MAXIMUM;
        }
        return net == -1 ? LOWER : net == 1 ? UPPER : MIDPOINT;
    }

    /** The amount of this step in a range, in whole VND, midpoints rounded half up. */
    public long in(FineRange range) {
        long mid = range.midpoint();
        return switch (this) {
            case MINIMUM -> range.min();
            case LOWER -> FineRange.midpoint(range.min(), mid);
            case MIDPOINT -> mid;
            case UPPER -> FineRange.midpoint(mid, range.max());
            case MAXIMUM -> range.max();
        };
    }
}
