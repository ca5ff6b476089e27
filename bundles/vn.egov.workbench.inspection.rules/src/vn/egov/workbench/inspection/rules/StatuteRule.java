package vn.egov.workbench.inspection.rules;

/** Statute of limitations for sanctioning in a sector, in whole years. */
public record StatuteRule(Sector sector, int years, EffectivePeriod effective, boolean confirmed, String source)
        implements Effective {
}
