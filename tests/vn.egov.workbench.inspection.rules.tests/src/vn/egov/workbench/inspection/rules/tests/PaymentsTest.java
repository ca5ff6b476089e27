package vn.egov.workbench.inspection.rules.tests;

import static org.junit.jupiter.api.Assertions.*;
import static vn.egov.workbench.inspection.rules.tests.Fixtures.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.egov.workbench.inspection.rules.Instalment;
import vn.egov.workbench.inspection.rules.Payments;
import vn.egov.workbench.inspection.rules.RuleResult;
import vn.egov.workbench.inspection.rules.ViolatorType;

class PaymentsTest {

    private final Payments payments = BOOK.payments();
    private static final LocalDate START = LocalDate.of(2024, 3, 1);

    @ParameterizedTest(name = "received {0}: pay by {1}")
    @CsvSource({
        // Tue 5/3/2024 + 10 = Fri 15/3
        "2024-03-05, 2024-03-15",
        // 1/2/2024 + 10 = Sun 11/2, in Tết (off to Wed 14/2): Thu 15/2
        "2024-02-01, 2024-02-15",
        // 20/4/2024 + 10 = 30/4 holiday, 1/5 holiday: Thu 2/5
        "2024-04-20, 2024-05-02",
        // 29/1/2025 + 10 = Sat 8/2/2025, a compensatory working Saturday: stays
        "2025-01-29, 2025-02-08",
    })
    void dueDate(LocalDate received, LocalDate expected) {
        assertEquals(expected, payments.dueDate(received));
    }

    @ParameterizedTest(name = "{0} VND due {1} paid {2}: {3} VND interest")
    @CsvSource({
        // 0.05 % a day = 5 / 10,000
        "28500000, 2024-03-15, 2024-03-25, 142500",
        "39000000, 2024-03-15, 2024-03-18,  58500",
        " 1000000, 2024-03-15, 2024-03-16,    500",
        // 500.5 rounds up, 500.45 down
        " 1001000, 2024-03-15, 2024-03-16,    501",
        " 1000900, 2024-03-15, 2024-03-16,    500",
        // about a year late: 10,000,000 x 0.0005 x 366 days (15/3/2024 to 16/3/2025)
        "10000000, 2024-03-15, 2025-03-16, 1830000",
        " 5000000, 2024-03-15, 2024-03-15,      0",
        " 5000000, 2024-03-15, 2024-03-01,      0",
    })
    void lateInterest(long amount, LocalDate due, LocalDate paid, long expected) {
        assertEquals(expected, payments.lateInterest(amount, due, paid));
    }

    @Test
    void negativeAmountRefused() {
        violation("input.negativeAmount", () -> payments.lateInterest(-1, START, START.plusDays(3)));
    }

    private static List<Instalment> plan(String... dateAmount) {
        List<Instalment> out = new ArrayList<>();
        for (String s : dateAmount) {
            String[] p = s.split("=");
            out.add(new Instalment(LocalDate.parse(p[0]), Long.parseLong(p[1])));
        }
        return out;
    }

    @Test
    void validPlans() {
        // 40 % first, last payment exactly 6 months after 1/3/2024
        assertTrue(payments.checkInstalments(20_000_000, ViolatorType.INDIVIDUAL, START,
                plan("2024-03-10=8000000", "2024-05-10=6000000", "2024-09-01=6000000")).isOk());
        assertTrue(payments.checkInstalments(150_000_000, ViolatorType.ORGANISATION, START,
                plan("2024-03-01=60000000", "2024-06-01=90000000")).isOk());
        assertTrue(payments.checkInstalments(15_000_000, ViolatorType.INDIVIDUAL, START,
                plan("2024-04-01=15000000")).isOk());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "instalment.tooMany       | INDIVIDUAL   | 20000000  | 2024-03-10=8000000 2024-04-10=4000000 2024-05-10=4000000 2024-06-10=4000000",
        "instalment.sumMismatch   | INDIVIDUAL   | 20000000  | 2024-03-10=8000000 2024-05-10=6000000 2024-08-10=5000000",
        "instalment.tooLate       | INDIVIDUAL   | 20000000  | 2024-03-10=8000000 2024-05-10=6000000 2024-09-02=6000000",
        "instalment.firstTooSmall | INDIVIDUAL   | 20000000  | 2024-03-10=7999999 2024-05-10=6000001 2024-08-10=6000000",
        "instalment.fineTooLow    | INDIVIDUAL   | 14999999  | 2024-03-10=7000000 2024-05-10=7999999",
        "instalment.fineTooLow    | ORGANISATION | 149999999 | 2024-03-10=70000000 2024-05-10=79999999",
        "instalment.outOfOrder    | INDIVIDUAL   | 20000000  | 2024-05-10=8000000 2024-03-10=12000000",
        "instalment.outOfOrder    | INDIVIDUAL   | 20000000  | 2024-02-28=8000000 2024-03-10=12000000",
        "instalment.notPositive   | INDIVIDUAL   | 20000000  | 2024-03-10=20000000 2024-04-10=0",
    })
    void invalidPlans(String key, ViolatorType type, long total, String entries) {
        assertRefused(key, payments.checkInstalments(total, type, START, plan(entries.split(" "))));
    }

    @Test
    void emptyPlanAndMessages() {
        assertRefused("instalment.empty",
                payments.checkInstalments(20_000_000, ViolatorType.INDIVIDUAL, START, List.of()));
        RuleResult r = payments.checkInstalments(20_000_000, ViolatorType.INDIVIDUAL, START,
                plan("2024-03-10=8000000", "2024-05-10=6000000", "2024-08-10=5000000"));
        assertEquals("The payments add up to 19,000,000 VND but the fine is 20,000,000 VND", r.message(EN));
        assertEquals("Tổng các lần nộp là 19.000.000 đồng nhưng số tiền phạt là 20.000.000 đồng", r.message(VI));
        RuleResult late = payments.checkInstalments(20_000_000, ViolatorType.INDIVIDUAL, START,
                plan("2024-03-10=8000000", "2024-09-02=12000000"));
        assertEquals("Lần nộp cuối ngày 02/09/2024 sau ngày 01/09/2024, quá thời hạn 6 tháng", late.message(VI));
        RuleResult first = payments.checkInstalments(20_000_000, ViolatorType.INDIVIDUAL, START,
                plan("2024-03-10=7999999", "2024-05-10=12000001"));
        assertEquals("The first payment 7,999,999 VND is below 40% of the fine 20,000,000 VND", first.message(EN));
    }

    @Test
    void instalmentRulesBefore2022AreNotRecorded() {
        violation("rule.notInForce", () -> payments.checkInstalments(20_000_000, ViolatorType.INDIVIDUAL,
                LocalDate.of(2021, 6, 1), plan("2021-06-10=20000000")));
    }
}
