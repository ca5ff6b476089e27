package vn.egov.workbench.inspection.rules;

/**
 * The highest fine a signer role may impose in a sector. Both caps are stored, because decrees
 * state the individual cap and double it for organisations, and that doubling is itself law that
 * may change.
 */
public record CompetenceRule(SignerRole role, Sector sector, long individualCap, long organisationCap,
        EffectivePeriod effective, boolean confirmed, String source) implements Effective {

    public long cap(ViolatorType type) {
        return type == ViolatorType.INDIVIDUAL ? individualCap : organisationCap;
    }
}
