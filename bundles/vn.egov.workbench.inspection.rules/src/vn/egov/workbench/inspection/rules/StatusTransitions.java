package vn.egov.workbench.inspection.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The legal order of statuses. A refusal names both statuses, what the target status requires
 * and which statuses may follow; the order is the procedure of the law, so it is code, not data.
 */
public final class StatusTransitions {

    private static final Map<RoundStatus, Set<RoundStatus>> ROUND = new EnumMap<>(RoundStatus.class);
    private static final Map<CaseStatus, Set<CaseStatus>> CASE = new EnumMap<>(CaseStatus.class);

    static {
        RoundStatus[] r = RoundStatus.values();
        for (int i = 0; i < r.length; i++) {
            // an inspection round moves strictly forward, one phase at a time
            ROUND.put(r[i], i + 1 < r.length ? EnumSet.of(r[i + 1]) : EnumSet.noneOf(RoundStatus.class));
        }
        CASE.put(CaseStatus.DETECTED, EnumSet.of(CaseStatus.RECORDED, CaseStatus.DROPPED));
        CASE.put(CaseStatus.RECORDED, EnumSet.of(CaseStatus.EXPLANATION, CaseStatus.DECIDED, CaseStatus.DROPPED));
        CASE.put(CaseStatus.EXPLANATION, EnumSet.of(CaseStatus.DECIDED, CaseStatus.DROPPED));
        // CLOSED straight after the decision: a warning only, nothing to pay
        CASE.put(CaseStatus.DECIDED, EnumSet.of(CaseStatus.PAID, CaseStatus.INSTALMENTS, CaseStatus.ENFORCEMENT,
                CaseStatus.CLOSED));
        CASE.put(CaseStatus.INSTALMENTS, EnumSet.of(CaseStatus.PAID, CaseStatus.ENFORCEMENT));
        // CLOSED after enforcement: enforced by seizure, or the 1-year execution limit passed
        CASE.put(CaseStatus.ENFORCEMENT, EnumSet.of(CaseStatus.PAID, CaseStatus.CLOSED));
        CASE.put(CaseStatus.PAID, EnumSet.of(CaseStatus.CLOSED));
        CASE.put(CaseStatus.CLOSED, EnumSet.noneOf(CaseStatus.class));
        CASE.put(CaseStatus.DROPPED, EnumSet.noneOf(CaseStatus.class));
    }

    private StatusTransitions() {
    }

    public static Set<RoundStatus> next(RoundStatus from) {
        return Collections.unmodifiableSet(ROUND.get(from));
    }

    public static Set<CaseStatus> next(CaseStatus from) {
        return Collections.unmodifiableSet(CASE.get(from));
    }

    public static RuleResult check(RoundStatus from, RoundStatus to) {
        return check("round", from, to, next(from), RoundStatus::label);
    }

    public static RuleResult check(CaseStatus from, CaseStatus to) {
        return check("case", from, to, next(from), CaseStatus::label);
    }

    private static <S extends Enum<S>> RuleResult check(String kind, S from, S to, Set<S> allowed,
            Function<S, LocalText> label) {
        LocalText what = Messages.text("status.kind." + kind);
        if (from == to) {
            return RuleResult.refused("status.same", what, label.apply(from));
        }
        if (allowed.contains(to)) {
            return RuleResult.ok();
        }
        LocalText requires = Messages.text("status." + kind + ".requires." + to.name());
        if (allowed.isEmpty()) {
            return RuleResult.refused("status.final", what, label.apply(from), label.apply(to), requires);
        }
        List<LocalText> nextLabels = allowed.stream().map(label).toList();
        return RuleResult.refused("status.illegal", what, label.apply(from), label.apply(to), requires, nextLabels);
    }
}
