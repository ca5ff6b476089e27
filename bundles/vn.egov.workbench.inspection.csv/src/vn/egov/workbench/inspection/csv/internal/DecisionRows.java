package vn.egov.workbench.inspection.csv.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.csv.Messages;
import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.Enforcement;
import vn.egov.workbench.inspection.model.Instalment;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.FineRange;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.Vnd;

/**
 * Reads and checks the rows of a sanction decisions file, against the law: each line's article in
 * force on the decision date, the violator's range as the catalogue gives it, the fine within it,
 * the total the sum of the lines; and against the case: one decision per record, a status that
 * fits (a decided case has a decision, a case not yet decided has none), payments not above the fine.
 */
public final class DecisionRows {

    private static final InspectionFactory F = InspectionFactory.eINSTANCE;
    /** Statuses that exist only after a decision. */
    private static final Set<CaseStatus> DECIDED = EnumSet.of(CaseStatus.DECIDED, CaseStatus.INSTALMENTS,
            CaseStatus.ENFORCEMENT, CaseStatus.PAID);
    /** Statuses before a decision, or of a case dropped without one. */
    private static final Set<CaseStatus> UNDECIDED = EnumSet.of(CaseStatus.DETECTED, CaseStatus.RECORDED,
            CaseStatus.EXPLANATION, CaseStatus.DROPPED);

    /** Runs of white space (String.replaceAll would compile the pattern for every line of every row). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+"); //$NON-NLS-1$

    private int count;

    public int count() {
        return count;
    }

    public void read(CsvTable table, RecordRows records, LegalCatalogue catalogue, Problems problems) {
        Articles articles = new Articles(catalogue);
        for (CSVRecord r : table.rows()) {
            Cells c = new Cells(table, r, problems);
            String recordNumber = c.required("record"); //$NON-NLS-1$
            ViolationRecord record = recordNumber == null ? null : records.find(recordNumber);
            if (recordNumber != null && record == null) {
                c.problem("record", NLS.bind(Messages.Row_unknownRecord, recordNumber)); //$NON-NLS-1$
            } else if (record != null && record.getDecision() != null) {
                c.problem("record", NLS.bind(Messages.Row_duplicate, recordNumber)); //$NON-NLS-1$
                record = null;
            }
            SanctionDecision d = F.createSanctionDecision();
            d.setNumber(c.required("number")); //$NON-NLS-1$
            LocalDate on = c.date("decided_on", true); //$NON-NLS-1$
            d.setDecidedOn(on);
            d.setSigner(c.text("signer")); //$NON-NLS-1$
            d.setSignerRole(c.text("signer_role")); //$NON-NLS-1$
            d.setReceivedOn(c.date("received_on", false)); //$NON-NLS-1$
            RoundRows.order(c, "received_on", on, d.getReceivedOn()); //$NON-NLS-1$
            if (record != null && on != null && record.getRecordedAt() != null && on.isBefore(record.getRecordedAt().toLocalDate())) {
                c.problem("decided_on", NLS.bind(Messages.Row_decisionBeforeRecord, on, record.getRecordedAt().toLocalDate())); //$NON-NLS-1$
            }
            long sum = lines(c, d, record, on, articles);
            String totalText = c.required("total"); //$NON-NLS-1$
            Long total = totalText == null ? null : c.amount("total", totalText); //$NON-NLS-1$
            if (total != null) {
                d.setTotal(total);
                if (sum >= 0 && total != sum) {
                    c.problem("total", NLS.bind(Messages.Row_totalDiffers, Vnd.format(total, java.util.Locale.getDefault()), //$NON-NLS-1$
                            Vnd.format(sum, java.util.Locale.getDefault())));
                }
            }
            d.getAdditionalSanctions().addAll(ListCodec.items(c.text("additional_sanctions"))); //$NON-NLS-1$
            d.getRemedialMeasures().addAll(ListCodec.items(c.text("remedial_measures"))); //$NON-NLS-1$
            long paid = payments(c, d, on);
            for (List<String> i : c.items("instalments", 3, "sequence | due_on | amount")) { //$NON-NLS-1$ //$NON-NLS-2$
                Instalment instalment = F.createInstalment();
                Integer seq = c.integer("instalments", i.get(0)); //$NON-NLS-1$
                instalment.setSequence(seq == null ? 0 : seq);
                instalment.setDueOn(i.get(1).isEmpty() ? null : c.date("instalments", i.get(1))); //$NON-NLS-1$
                Long amount = c.amount("instalments", i.get(2)); //$NON-NLS-1$
                instalment.setAmount(amount == null ? 0 : amount);
                d.getInstalments().add(instalment);
            }
            List<List<String>> enforcement = c.items("enforcement", 4, "decision number | decided_on | measure | note"); //$NON-NLS-1$ //$NON-NLS-2$
            if (!enforcement.isEmpty()) {
                List<String> e = enforcement.get(0);
                Enforcement en = F.createEnforcement();
                en.setDecisionNumber(RoundRows.emptyToNull(e.get(0)));
                en.setDecidedOn(e.get(1).isEmpty() ? null : c.date("enforcement", e.get(1))); //$NON-NLS-1$
                en.setMeasure(RoundRows.emptyToNull(e.get(2)));
                en.setNote(RoundRows.emptyToNull(e.get(3)));
                d.setEnforcement(en);
            }
            if (total != null && paid > total) {
                c.problem("payments", NLS.bind(Messages.Row_paidTooMuch, Vnd.format(paid, java.util.Locale.getDefault()), //$NON-NLS-1$
                        Vnd.format(total, java.util.Locale.getDefault())));
            }
            if (record != null) {
                if (record.getStatus() == CaseStatus.PAID && total != null && paid < total) {
                    c.problem("payments", NLS.bind(Messages.Row_paidNotFully, Vnd.format(paid, java.util.Locale.getDefault()), //$NON-NLS-1$
                            Vnd.format(total, java.util.Locale.getDefault())));
                }
                record.setDecision(d);
                count++;
            }
        }
        // the case's status must fit: decided and later need a decision, earlier ones must not have one
        List<ViolationRecord> all = records.records();
        for (int i = 0; i < all.size(); i++) {
            ViolationRecord v = all.get(i);
            if (v.getDecision() == null && DECIDED.contains(v.getStatus())) {
                records.problem(i, "status", NLS.bind(Messages.Row_statusNeedsDecision, v.getStatus())); //$NON-NLS-1$
            } else if (v.getDecision() != null && UNDECIDED.contains(v.getStatus())) {
                records.problem(i, "status", NLS.bind(Messages.Row_statusForbidsDecision, v.getStatus())); //$NON-NLS-1$
            }
        }
    }

    /** The lines; returns their sum, or -1 when a line is unreadable. */
    private static long lines(Cells c, SanctionDecision d, ViolationRecord record, LocalDate on, Articles catalogue) {
        List<List<String>> lines = c.items("lines", 7, "decree | article | range_min | range_max | mitigating | aggravating | fine"); //$NON-NLS-1$ //$NON-NLS-2$
        if (lines.isEmpty()) {
            c.problem("lines", Messages.Cell_required); //$NON-NLS-1$
            return -1;
        }
        long sum = 0;
        for (List<String> l : lines) {
            DecisionLine line = F.createDecisionLine();
            line.setDecreeId(l.get(0));
            line.setArticleRef(l.get(1));
            Long min = c.amount("lines", l.get(2)); //$NON-NLS-1$
            Long max = c.amount("lines", l.get(3)); //$NON-NLS-1$
            Integer mitigating = c.integer("lines", l.get(4)); //$NON-NLS-1$
            Integer aggravating = c.integer("lines", l.get(5)); //$NON-NLS-1$
            Long fine = c.amount("lines", l.get(6)); //$NON-NLS-1$
            if (min == null || max == null || mitigating == null || aggravating == null || fine == null) {
                sum = -1;
                continue;
            }
            line.setRangeMin(min);
            line.setRangeMax(max);
            line.setMitigating(mitigating);
            line.setAggravating(aggravating);
            line.setFine(fine);
            d.getLines().add(line);
            if (sum >= 0) {
                sum = Math.addExact(sum, fine);
            }
            if (record != null && record.getBehaviours().stream().noneMatch(b -> same(b, line))) {
                c.problem("lines", NLS.bind(Messages.Row_lineNotABehaviour, l.get(1), record.getNumber())); //$NON-NLS-1$
            }
            if (on == null || record == null || record.getViolator() == null) {
                continue;
            }
            try {
                Article article = catalogue.require(l.get(0), l.get(1), on);
                FineRange range = article.range(record.getViolator().getViolatorType());
                if (range.min() != min || range.max() != max) {
                    c.problem("lines", NLS.bind(Messages.Row_rangeDiffers, new Object[] { article.citation(), on, //$NON-NLS-1$
                            range.min() + "–" + range.max(), min + "–" + max })); //$NON-NLS-1$ //$NON-NLS-2$
                } else if (!range.contains(fine) && !(fine == 0 && article.warningAllowed())) {
                    c.problem("lines", NLS.bind(Messages.Row_fineOutsideRange, new Object[] { fine, article.citation(), //$NON-NLS-1$
                            range.min() + "–" + range.max() })); //$NON-NLS-1$
                }
            } catch (RuleViolation e) {
                c.rule("lines", e); //$NON-NLS-1$
            }
        }
        return sum;
    }

    private static boolean same(Behaviour b, DecisionLine l) {
        return b.getArticleRef() != null && b.getDecreeId() != null
                && b.getDecreeId().strip().equals(l.getDecreeId().strip())
                && SPACES.matcher(b.getArticleRef()).replaceAll(" ").strip().equals(SPACES.matcher(l.getArticleRef()).replaceAll(" ").strip()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static long payments(Cells c, SanctionDecision d, LocalDate on) {
        long paid = 0;
        for (List<String> p : c.items("payments", 3, "receipt | paid_on | amount")) { //$NON-NLS-1$ //$NON-NLS-2$
            Payment payment = F.createPayment();
            payment.setReceipt(RoundRows.emptyToNull(p.get(0)));
            LocalDate date = p.get(1).isEmpty() ? null : c.date("payments", p.get(1)); //$NON-NLS-1$
            payment.setPaidOn(date);
            if (date != null && on != null && date.isBefore(on)) {
                c.problem("payments", NLS.bind(Messages.Row_dateBeforeDecision, date, on)); //$NON-NLS-1$
            }
            Long amount = c.amount("payments", p.get(2)); //$NON-NLS-1$
            payment.setAmount(amount == null ? 0 : amount);
            paid += payment.getAmount();
            d.getPayments().add(payment);
        }
        return paid;
    }
}
