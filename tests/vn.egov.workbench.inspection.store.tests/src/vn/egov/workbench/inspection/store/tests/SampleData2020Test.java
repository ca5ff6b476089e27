package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.store.SampleData2020;

/** The 2020 sample obeys the law as the rules engine knows it, and matches the 2020 report. */
class SampleData2020Test {

    private final RuleBook book = RuleBook.builtIn();
    private final List<Entity> sample = SampleData2020.build(book.catalogue());

    private List<ViolationRecord> cases() {
        return sample.stream().filter(ViolationRecord.class::isInstance).map(ViolationRecord.class::cast).toList();
    }

    @Test
    void tenRoundsWithThePartnerBodiesOfTheReport() {
        List<InspectionRound> rounds = sample.stream().filter(InspectionRound.class::isInstance)
                .map(InspectionRound.class::cast).toList();
        assertEquals(10, rounds.size());
        assertTrue(rounds.stream().allMatch(r -> r.getDecisionDate().getYear() == 2020));
        Set<String> partners = new TreeSet<>();
        rounds.forEach(r -> partners.addAll(r.getPartnerBodies()));
        assertEquals(new TreeSet<>(Set.of("Cục Quản lý thị trường tỉnh Kon Tum", "Công an tỉnh Kon Tum",
                "Trung tâm tần số vô tuyến điện khu vực III")), partners);
    }

    @Test
    void everyFineIsTheCalculatorsFromAnArticleInForceOnTheDecisionDate() {
        long total = 0;
        for (ViolationRecord c : cases()) {
            SanctionDecision d = c.getDecision();
            long sum = 0;
            for (DecisionLine line : d.getLines()) {
                // require() throws for an article not in force then (e.g. one only in its 14/2022 wording)
                Article a = book.catalogue().require(line.getDecreeId(), line.getArticleRef(), d.getDecidedOn());
                assertTrue(a.inForceOn(c.getRecordedAt().toLocalDate()), a.citation());
                assertEquals(null, a.amendedBy(), a.citation() + " must be the original 2020 wording");
                assertEquals(FineCalculator.fine(a, c.getViolator().getViolatorType(), line.getMitigating(),
                        line.getAggravating()), line.getFine(), a.citation());
                assertEquals(FineCalculator.range(a, c.getViolator().getViolatorType()).min(), line.getRangeMin());
                sum += line.getFine();
            }
            assertEquals(sum, d.getTotal(), d.getNumber());
            total += d.getTotal();
        }
        assertEquals(6, cases().size());
        assertEquals(39_000_000L, total);
    }

    @Test
    void decisionsInTimeSignedByACompetentPersonAndPaidOnTime() {
        for (ViolationRecord c : cases()) {
            SanctionDecision d = c.getDecision();
            LocalDate recorded = c.getRecordedAt().toLocalDate();
            LocalDate deadline = book.deadlines().decisionDeadline(recorded, c.getCaseKind());
            assertFalse(d.getDecidedOn().isAfter(deadline), d.getNumber() + " after " + deadline);
            List<Article> articles = d.getLines().stream()
                    .map(l -> book.catalogue().require(l.getDecreeId(), l.getArticleRef(), d.getDecidedOn())).toList();
            assertTrue(book.competence().check(book.rules().role(d.getSignerRole()), c.getViolator().getViolatorType(),
                    articles, d.getTotal(), d.getDecidedOn()).isOk(), d.getNumber());
            long paid = d.getPayments().stream().mapToLong(p -> p.getAmount()).sum();
            assertEquals(d.getTotal(), paid, d.getNumber() + " is paid in full");
            LocalDate due = book.payments().dueDate(d.getReceivedOn());
            assertTrue(d.getPayments().stream().noneMatch(p -> p.getPaidOn().isAfter(due)), d.getNumber());
        }
    }

    @Test
    void mostlyPostalAndCourierBusinesses() {
        long postal = cases().stream().map(c -> c.getViolator().getSector())
                .filter(s -> s.equals(Sector.POSTAL) || s.equals(Sector.COURIER)).count();
        assertEquals(5, postal);
    }
}
