package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a signer role may sign a decision. Two tests, both must pass:
 * <ol>
 * <li>per behaviour, the maximum of its range for the violator must be within the role's cap for the
 *     article's sector - the law's test (competence follows the range maximum, Art. 52);</li>
 * <li>the decision's total must be within the cap (the lowest cap of the sectors involved) - a
 *     stricter safeguard the project asked for; the law itself does not add behaviours up.</li>
 * </ol>
 */
public final class CompetenceCheck {

    private final SanctionRules rules;

    public CompetenceCheck(SanctionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public RuleResult check(SignerRole role, ViolatorType type, List<Article> behaviours, long totalFine,
            LocalDate onDate) {
        if (behaviours.isEmpty()) {
            return RuleResult.refused("fine.noBehaviours");
        }
        long lowestCap = Long.MAX_VALUE;
        Sector lowestSector = null;
        for (Article a : behaviours) {
            CompetenceRule rule = find(role, a.sector(), onDate);
            if (rule == null) {
                return RuleResult.refused("competence.noRule", role.name(), a.sector().code(), onDate);
            }
            long cap = rule.cap(type);
            long max = a.range(type).max();
            if (max > cap) {
                return RuleResult.refused("competence.behaviourAboveCap", role.name(), cap, type.label(),
                        a.sector().code(), a.citation(), max);
            }
            if (cap < lowestCap) {
                lowestCap = cap;
                lowestSector = a.sector();
            }
        }
        return checkTotal(role, lowestSector, type, totalFine, onDate);
    }

    /** The total alone against the role's cap in one sector. */
    public RuleResult checkTotal(SignerRole role, Sector sector, ViolatorType type, long totalFine,
            LocalDate onDate) {
        if (totalFine < 0) {
            return RuleResult.refused("input.negativeAmount", totalFine);
        }
        CompetenceRule rule = find(role, sector, onDate);
        if (rule == null) {
            return RuleResult.refused("competence.noRule", role.name(), sector.code(), onDate);
        }
        if (totalFine > rule.cap(type)) {
            return RuleResult.refused("competence.totalAboveCap", totalFine, rule.cap(type), role.name(),
                    type.label(), sector.code());
        }
        return RuleResult.ok();
    }

    private CompetenceRule find(SignerRole role, Sector sector, LocalDate onDate) {
        try {
            return rules.competence(role, sector, onDate);
        } catch (RuleViolation e) {
            return null; // "this role has no competence here" is a refusal, not a fault
        }
    }
}
