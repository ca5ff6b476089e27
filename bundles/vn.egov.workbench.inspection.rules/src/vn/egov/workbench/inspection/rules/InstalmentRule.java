package vn.egov.workbench.inspection.rules;

/**
 * Conditions for paying a fine in instalments.
 *
 * @param maxPayments          at most this many payments
 * @param maxMonths            the last payment at most this many months after the start date
 * @param firstMinBasisPoints  the first payment at least this share of the total (4000 = 40 %)
 * @param minFineIndividual    instalments only for fines at least this high for an individual
 * @param minFineOrganisation  ... and for an organisation
 */
public record InstalmentRule(int maxPayments, int maxMonths, int firstMinBasisPoints, long minFineIndividual,
        long minFineOrganisation, EffectivePeriod effective, boolean confirmed, String source)
        implements Effective {

    public long minFine(ViolatorType type) {
        return type == ViolatorType.INDIVIDUAL ? minFineIndividual : minFineOrganisation;
    }
}
