package vn.egov.workbench.inspection.rules;

import java.util.List;
import java.util.Objects;

/**
 * Fine amounts for sanctioned behaviours. Each behaviour is fined separately and the decision adds
 * them up (Law on Handling Administrative Violations, Art. 3 and 23).
 *
 * <p>Rounding: an individual's range is half the organisation range at both ends, and every midpoint is
 * computed in whole VND rounded half up ({@link FineRange#halfUp}); the fine is taken from the
 * violator's own range. Ranges in the decrees are round figures, so rounding rarely matters.
 */
public final class FineCalculator {

    private FineCalculator() {
    }

    /** The fine for one behaviour of an article, by the {@link FineStep} of the circumstances. */
    public static long fine(Article article, ViolatorType type, int mitigating, int aggravating) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(type, "type");
        return FineStep.of(mitigating, aggravating).in(article.range(type));
    }

    /** The range that applies to the violator. */
    public static FineRange range(Article article, ViolatorType type) {
        return article.range(type);
    }

    /** The total of one decision covering several behaviours with the same circumstances. */
    public static long total(List<Article> behaviours, ViolatorType type, int mitigating, int aggravating) {
        if (behaviours.isEmpty()) {
            throw new RuleViolation("fine.noBehaviours");
        }
        long sum = 0;
        for (Article a : behaviours) {
            sum = Math.addExact(sum, fine(a, type, mitigating, aggravating));
        }
        return sum;
    }

    /** The total of fines already computed (e.g. with different circumstances per behaviour). */
    public static long total(long... fines) {
        long sum = 0;
        for (long f : fines) {
            if (f < 0) {
                throw new RuleViolation("input.negativeAmount", f);
            }
            sum = Math.addExact(sum, f);
        }
        return sum;
    }
}
