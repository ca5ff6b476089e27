package vn.egov.workbench.inspection.csv.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RuleViolation;

/**
 * {@link LegalCatalogue#require} remembered per decree, article and date for one import: a file of
 * 100,000 records names a few articles on a few hundred dates, and parsing the article reference for
 * every row was a tenth of the validation time. The answer (the article or why there is none) is the
 * catalogue's own, so the same rows are accepted and refused with the same messages.
 */
final class Articles {

    private final LegalCatalogue catalogue;
    private final Map<List<Object>, Object> known = new HashMap<>();

    Articles(LegalCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    Article require(String decree, String ref, LocalDate on) {
        Object answer = known.computeIfAbsent(List.of(String.valueOf(decree), String.valueOf(ref), on), k -> {
            try {
                return catalogue.require(decree, ref, on);
            } catch (RuleViolation e) {
                return e;
            }
        });
        if (answer instanceof RuleViolation e) {
            throw e;
        }
        return (Article) answer;
    }
}
