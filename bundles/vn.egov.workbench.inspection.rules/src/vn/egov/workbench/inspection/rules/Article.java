package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One version of a sanctioned behaviour: a clause or point of a decree with its fine range.
 * The stored range is the ORGANISATION range, as printed in the decree; the individual range is
 * computed ({@link #individualRange()}) so the two can never disagree.
 *
 * @param decreeId            e.g. "15/2020"
 * @param ref                 e.g. "Đ8 k2"
 * @param behaviour           the violating behaviour
 * @param sector              e.g. postal; selects statute of limitations and competence caps
 * @param organisationRange   the fine range for an organisation, whole VND
 * @param warningAllowed      whether a warning may replace the fine
 * @param additionalSanctions licence suspension, confiscation...
 * @param remedialMeasures    return of illegal gains, destruction...
 * @param effective           the days this version is in force
 * @param amendedBy           the amending decree id (e.g. "14/2022"), or null for the original wording
 * @param confirmed           false when the row was not taken from a checked source (shown as a warning)
 * @param source              the data file it was read from
 */
public record Article(String decreeId, ArticleRef ref, LocalText behaviour, Sector sector,
        FineRange organisationRange, boolean warningAllowed, List<Measure> additionalSanctions,
        List<Measure> remedialMeasures, EffectivePeriod effective, String amendedBy, boolean confirmed,
        String source) implements Effective {

    public Article {
        additionalSanctions = List.copyOf(additionalSanctions);
        remedialMeasures = List.copyOf(remedialMeasures);
    }

    /** Half of the organisation range, rounded half up. */
    public FineRange individualRange() {
        return organisationRange.half();
    }

    public FineRange range(ViolatorType type) {
        return type == ViolatorType.INDIVIDUAL ? individualRange() : organisationRange;
    }

    public boolean inForceOn(LocalDate date) {
        return effective.contains(date);
    }

    public Optional<String> amendingDecree() {
        return Optional.ofNullable(amendedBy);
    }

    /** "Đ8 k2 (15/2020)": how the article is cited in messages. */
    public String citation() {
        return ref + " (" + decreeId + (amendedBy == null ? "" : ", " + amendedBy) + ")";
    }
}
