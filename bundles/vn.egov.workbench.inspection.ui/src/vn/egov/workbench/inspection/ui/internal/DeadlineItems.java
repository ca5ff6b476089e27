package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.store.OpenCase;

/**
 * The next legal deadline of each open case: the sanction decision (working days from the record, by
 * the holiday calendar) or the payment (10 days from receipt). Most urgent first.
 */
public final class DeadlineItems {

    /** Days ahead that count as "due soon". */
    public static final int SOON_DAYS = 7;

    /** One deadline; {@code daysLeft} is negative when overdue. */
    public record Item(long caseId, String number, String violator, CaseStatus status, boolean payment, LocalDate due,
            long daysLeft) {

        public boolean overdue() {
            return daysLeft < 0;
        }

        public boolean soon() {
            return daysLeft >= 0 && daysLeft <= SOON_DAYS;
        }
    }

    private DeadlineItems() {
    }

    public static List<Item> of(List<OpenCase> cases, RuleBook book, LocalDate today) {
        List<Item> out = new ArrayList<>();
        for (OpenCase c : cases) {
            try {
                boolean payment = c.status() == CaseStatus.DECIDED || c.status() == CaseStatus.INSTALMENTS;
                LocalDate due;
                if (payment) {
                    LocalDate received = c.receivedOn() != null ? c.receivedOn() : c.decidedOn();
                    if (received == null || c.paid() >= c.total()) {
                        continue;
                    }
                    due = book.payments().dueDate(received);
                } else {
                    if (c.recordedAt() == null) {
                        continue;
                    }
                    due = book.deadlines().decisionDeadline(c.recordedAt().toLocalDate(), c.caseKind());
                }
                out.add(new Item(c.id(), c.number(), c.violator(), c.status(), payment, due, ChronoUnit.DAYS.between(today, due)));
            } catch (RuleViolation e) {
                // a date outside the holiday calendar's years: no deadline can be computed for it
            }
        }
        out.sort(Comparator.comparing(Item::due).thenComparing(Item::number, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }
}
