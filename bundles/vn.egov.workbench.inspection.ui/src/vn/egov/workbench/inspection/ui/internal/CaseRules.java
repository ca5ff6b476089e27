package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.FineRange;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.RuleResult;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.SignerRole;
import vn.egov.workbench.inspection.rules.StatusTransitions;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * The law applied to a case being edited, without any widget: the decision's lines follow the
 * record's behaviours, with the range and fine computed from the catalogue article in force; and
 * every rule broken is listed as a message for the form header. A case with problems is not saved.
 */
public final class CaseRules {

    private static RuleBook builtIn;

    private final RuleBook book;
    private final Locale locale = Texts.locale();

    public CaseRules(RuleBook book) {
        this.book = book;
    }

    public static synchronized CaseRules builtIn() {
        if (builtIn == null) {
            builtIn = RuleBook.builtIn();
        }
        return new CaseRules(builtIn);
    }

    public RuleBook book() {
        return book;
    }

    /** The day the fines are computed for: the decision's date, else the record's. */
    public static LocalDate lawDate(ViolationRecord r) {
        SanctionDecision d = r.getDecision();
        if (d != null && d.getDecidedOn() != null) {
            return d.getDecidedOn();
        }
        return r.getRecordedAt() == null ? LocalDate.now() : r.getRecordedAt().toLocalDate();
    }

    public static ViolatorType violatorType(ViolationRecord r) {
        return r.getViolator() == null ? ViolatorType.ORGANISATION : r.getViolator().getViolatorType();
    }

    /** The article a behaviour or line cites, in force on the day; throws RuleViolation with the reason. */
    public Article article(String decree, String ref, LocalDate on) {
        return book.catalogue().require(decree, ref, on);
    }

    /**
     * Makes the decision's lines follow the behaviours (keeping each line's circumstances) and
     * computes each range, fine and the total by law. Lines whose article is unknown get 0.
     */
    public void recompute(ViolationRecord r) {
        SanctionDecision d = r.getDecision();
        if (d == null) {
            return;
        }
        List<DecisionLine> old = new ArrayList<>(d.getLines());
        d.getLines().clear();
        ViolatorType type = violatorType(r);
        LocalDate on = lawDate(r);
        long total = 0;
        for (int i = 0; i < r.getBehaviours().size(); i++) {
            Behaviour b = r.getBehaviours().get(i);
            DecisionLine line = i < old.size() ? old.get(i) : InspectionFactory.eINSTANCE.createDecisionLine();
            line.setDecreeId(b.getDecreeId());
            line.setArticleRef(b.getArticleRef());
            try {
                Article a = article(b.getDecreeId(), b.getArticleRef(), on);
                FineRange range = FineCalculator.range(a, type);
                line.setRangeMin(range.min());
                line.setRangeMax(range.max());
                line.setFine(FineCalculator.fine(a, type, line.getMitigating(), line.getAggravating()));
            } catch (RuleViolation e) {
                line.setRangeMin(0);
                line.setRangeMax(0);
                line.setFine(0);
            }
            total = Math.addExact(total, line.getFine());
            d.getLines().add(line);
        }
        d.setTotal(total);
    }

    /** Every rule the case breaks now, as messages; empty when it may be saved. */
    public List<String> problems(ViolationRecord r, CaseStatus storedStatus) {
        List<String> out = new ArrayList<>();
        recordProblems(r, out);
        SanctionDecision d = r.getDecision();
        if (d != null) {
            decisionProblems(r, d, out);
            paymentProblems(d, out);
        }
        CaseStatus s = r.getStatus();
        if (storedStatus != null && s != storedStatus) {
            RuleResult result = StatusTransitions.check(storedStatus, s);
            if (!result.isOk()) {
                out.add(result.message(locale));
            }
        }
        if (s.compareTo(CaseStatus.DECIDED) >= 0 && s != CaseStatus.DROPPED && d == null) {
            out.add(NLS.bind(Messages.Rule_statusNeedsDecision, Texts.status(s)));
        }
        if (s == CaseStatus.PAID && d != null && paid(d) < d.getTotal()) {
            out.add(NLS.bind(Messages.Rule_paidNotFully, Texts.money(paid(d)), Texts.money(d.getTotal())));
        }
        return out;
    }

    private void recordProblems(ViolationRecord r, List<String> out) {
        if (blank(r.getNumber())) {
            out.add(NLS.bind(Messages.Input_required, Messages.Case_number));
        }
        if (r.getRecordedAt() == null) {
            out.add(NLS.bind(Messages.Input_required, Messages.Case_recordedAt));
        } else if (r.getRecordedAt().toLocalDate().isAfter(LocalDate.now())) {
            out.add(Messages.Rule_recordInFuture);
        }
        if (r.getViolator() == null) {
            out.add(NLS.bind(Messages.Input_required, Messages.Case_violator));
        }
        if (!r.isSigned() && blank(r.getRefusalWitness()) && blank(r.getRefusalReason())) {
            out.add(Messages.Rule_unsignedNeedsWitness);
        }
        if (r.getBehaviours().isEmpty()) {
            out.add(Messages.Rule_noBehaviour);
        }
        LocalDate on = lawDate(r);
        for (int i = 0; i < r.getBehaviours().size(); i++) {
            Behaviour b = r.getBehaviours().get(i);
            try {
                article(b.getDecreeId(), b.getArticleRef(), on);
            } catch (RuleViolation e) {
                out.add(NLS.bind(Messages.Rule_behaviour, i + 1, e.message(locale)));
            }
        }
    }

    private void decisionProblems(ViolationRecord r, SanctionDecision d, List<String> out) {
        if (blank(d.getNumber())) {
            out.add(NLS.bind(Messages.Input_required, Messages.Decision_number));
        }
        if (d.getDecidedOn() == null) {
            out.add(NLS.bind(Messages.Input_required, Messages.Decision_date));
            return;
        }
        if (r.getRecordedAt() != null) {
            LocalDate recorded = r.getRecordedAt().toLocalDate();
            if (d.getDecidedOn().isBefore(recorded)) {
                out.add(Messages.Rule_decisionBeforeRecord);
            }
            try {
                LocalDate deadline = decisionDeadline(r);
                if (d.getDecidedOn().isAfter(deadline)) {
                    out.add(NLS.bind(Messages.Rule_decisionLate, Texts.date(d.getDecidedOn()), Texts.date(deadline)));
                }
            } catch (RuleViolation e) {
                out.add(e.message(locale));
            }
        }
        List<Article> articles = new ArrayList<>();
        for (DecisionLine line : d.getLines()) {
            try {
                Article a = article(line.getDecreeId(), line.getArticleRef(), d.getDecidedOn());
                articles.add(a);
                if (r.getRecordedAt() != null
                        && book.deadlines().isTimeBarred(a.sector(), r.getRecordedAt().toLocalDate(), d.getDecidedOn())) {
                    out.add(NLS.bind(Messages.Rule_timeBarred, a.citation()));
                }
            } catch (RuleViolation e) {
                // already reported for the behaviour
            }
            if (line.getMitigating() < 0 || line.getAggravating() < 0) {
                out.add(NLS.bind(Messages.Rule_negativeCircumstances, line.getArticleRef()));
            }
        }
        if (blank(d.getSigner())) {
            out.add(NLS.bind(Messages.Input_required, Messages.Decision_signer));
        }
        if (blank(d.getSignerRole())) {
            out.add(NLS.bind(Messages.Input_required, Messages.Decision_signerRole));
        } else if (!articles.isEmpty() && articles.size() == d.getLines().size()) {
            try {
                SignerRole role = book.rules().role(d.getSignerRole());
                RuleResult result = book.competence().check(role, violatorType(r), articles, d.getTotal(), d.getDecidedOn());
                if (!result.isOk()) {
                    out.add(result.message(locale));
                }
            } catch (RuleViolation e) {
                out.add(e.message(locale));
            }
        }
    }

    private void paymentProblems(SanctionDecision d, List<String> out) {
        if (!d.getPayments().isEmpty() && d.getReceivedOn() == null) {
            out.add(NLS.bind(Messages.Input_required, Messages.Decision_receivedOn));
        }
        if (d.getReceivedOn() != null && d.getDecidedOn() != null && d.getReceivedOn().isBefore(d.getDecidedOn())) {
            out.add(Messages.Rule_receivedBeforeDecision);
        }
        for (Payment p : d.getPayments()) {
            if (p.getAmount() <= 0) {
                out.add(NLS.bind(Messages.Rule_paymentNotPositive, Texts.nonNull(p.getReceipt())));
            }
            if (p.getPaidOn() != null && d.getDecidedOn() != null && p.getPaidOn().isBefore(d.getDecidedOn())) {
                out.add(NLS.bind(Messages.Rule_paymentBeforeDecision, Texts.nonNull(p.getReceipt())));
            }
        }
        if (paid(d) > d.getTotal()) {
            out.add(NLS.bind(Messages.Rule_overpaid, Texts.money(paid(d)), Texts.money(d.getTotal())));
        }
    }

    /** The last day for the sanction decision; throws RuleViolation outside the holiday calendar's years. */
    public LocalDate decisionDeadline(ViolationRecord r) {
        return book.deadlines().decisionDeadline(r.getRecordedAt().toLocalDate(), r.getCaseKind());
    }

    /** The last day to pay, or null before the decision is received. */
    public LocalDate paymentDue(SanctionDecision d) {
        return d.getReceivedOn() == null ? null : book.payments().dueDate(d.getReceivedOn());
    }

    /** Late interest on a payment made after the due date (0.05 % a day of the amount paid late). */
    public long lateInterest(SanctionDecision d, Payment p) {
        LocalDate due = paymentDue(d);
        if (due == null || p.getPaidOn() == null || p.getAmount() <= 0) {
            return 0;
        }
        return book.payments().lateInterest(p.getAmount(), due, p.getPaidOn());
    }

    public static long paid(SanctionDecision d) {
        long sum = 0;
        for (Payment p : d.getPayments()) {
            sum += Math.max(0, p.getAmount());
        }
        return sum;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
