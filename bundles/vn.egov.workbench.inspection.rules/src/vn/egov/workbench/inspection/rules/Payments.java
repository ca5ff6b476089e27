package vn.egov.workbench.inspection.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Paying a fine: the due date, late-payment interest and instalment plans (Law on Handling
 * Administrative Violations, Art. 73, 78, 79). All amounts are whole VND in long arithmetic.
 */
public final class Payments {

    private static final long BASIS = 10_000;

    private final HolidayCalendar calendar;
    private final SanctionRules rules;

    public Payments(HolidayCalendar calendar, SanctionRules rules) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * Last day to pay: {@code dueDays} (10) calendar days after receiving the decision, moved to the
     * next working day when that day is a weekend or holiday (Civil Code Art. 148(5); treasuries and
     * banks collecting fines are closed then).
     */
    public LocalDate dueDate(LocalDate receivedOn) {
        return calendar.onOrNextWorkingDay(receivedOn.plusDays(rules.payment(receivedOn).dueDays()));
    }

    /** Calendar days after the due date; 0 when paid on or before it. */
    public long daysLate(LocalDate dueDate, LocalDate paidOn) {
        return Math.max(0, ChronoUnit.DAYS.between(dueDate, paidOn));
    }

    /**
     * Late-payment interest: unpaid x rate x days late, rate in basis points per day (5 = 0.05 %),
     * rounded half up to whole VND. The rate is the one in force on the due date.
     */
    public long lateInterest(long unpaid, LocalDate dueDate, LocalDate paidOn) {
        if (unpaid < 0) {
            throw new RuleViolation("input.negativeAmount", unpaid);
        }
        long days = daysLate(dueDate, paidOn);
        long rate = rules.payment(dueDate).lateBasisPointsPerDay();
        long scaled = Math.multiplyExact(Math.multiplyExact(unpaid, rate), days);
        return scaled / BASIS + (scaled % BASIS >= BASIS / 2 ? 1 : 0);
    }

    /**
     * Checks an instalment plan: fine high enough for instalments, at most {@code maxPayments}
     * payments, positive amounts in date order from the start date, the last within {@code maxMonths},
     * a first payment of at least the minimum share, and amounts summing to the fine.
     *
     * @param startDate the day the 6 months run from; the law says from the day the decision takes
     *                  effect, the project brief says from its receipt - the caller passes the one it has
     */
    public RuleResult checkInstalments(long totalFine, ViolatorType type, LocalDate startDate,
            List<Instalment> plan) {
        InstalmentRule rule = rules.instalments(startDate);
        if (totalFine < rule.minFine(type)) {
            return RuleResult.refused("instalment.fineTooLow", totalFine, rule.minFine(type), type.label());
        }
        if (plan.isEmpty()) {
            return RuleResult.refused("instalment.empty");
        }
        if (plan.size() > rule.maxPayments()) {
            return RuleResult.refused("instalment.tooMany", plan.size(), rule.maxPayments());
        }
        LocalDate previous = startDate;
        long sum = 0;
        for (int i = 0; i < plan.size(); i++) {
            Instalment p = plan.get(i);
            if (p.amount() <= 0) {
                return RuleResult.refused("instalment.notPositive", i + 1, p.amount());
            }
            if (p.dueOn().isBefore(previous)) {
                return RuleResult.refused("instalment.outOfOrder", i + 1, p.dueOn(), previous);
            }
            previous = p.dueOn();
            sum = Math.addExact(sum, p.amount());
        }
        LocalDate limit = startDate.plusMonths(rule.maxMonths());
        if (previous.isAfter(limit)) {
            return RuleResult.refused("instalment.tooLate", previous, limit, rule.maxMonths());
        }
        if (sum != totalFine) {
            return RuleResult.refused("instalment.sumMismatch", sum, totalFine);
        }
        long first = plan.get(0).amount();
        if (Math.multiplyExact(first, BASIS) < Math.multiplyExact(totalFine, (long) rule.firstMinBasisPoints())) {
            return RuleResult.refused("instalment.firstTooSmall", first, percent(rule.firstMinBasisPoints()),
                    totalFine);
        }
        return RuleResult.ok();
    }

    /** 4000 basis points as "40", 4050 as "40.5" - for messages only. */
    private static String percent(int basisPoints) {
        String whole = Integer.toString(basisPoints / 100);
        int rest = basisPoints % 100;
        return rest == 0 ? whole : whole + "." + (rest % 10 == 0 ? Integer.toString(rest / 10)
                : String.format("%02d", rest));
    }
}
