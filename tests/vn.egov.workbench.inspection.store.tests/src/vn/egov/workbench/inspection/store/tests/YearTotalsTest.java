package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.store.YearSummary;
import vn.egov.workbench.inspection.store.internal.Migrator;

/**
 * The yearly totals table (migration 005) against the rows themselves: after saves that add, move
 * and change cases, decisions and payments, after a bulk import, after a failed save, and when the
 * migration fills it from rows already there.
 */
class YearTotalsTest {

    private static final InspectionFactory F = InspectionFactory.eINSTANCE;

    static List<Named<Supplier<StoreConfig>>> databases() {
        return TestDatabases.all();
    }

    /** The year's figures counted over the rows, as the store counted them before migration 005. */
    private static YearSummary counted(Connection c, int year) throws SQLException {
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = from.plusYears(1);
        long[] v = new long[5];
        String[] sql = { "SELECT COUNT(*) FROM inspection_round WHERE decision_date >= ? AND decision_date < ?",
                "SELECT COUNT(*) FROM violation_record WHERE recorded_at >= ? AND recorded_at < ?",
                "SELECT COUNT(*) FROM sanction_decision WHERE decided_on >= ? AND decided_on < ?",
                "SELECT COALESCE(SUM(total), 0) FROM sanction_decision WHERE decided_on >= ? AND decided_on < ?",
                "SELECT COALESCE(SUM(p.amount), 0) FROM payment p JOIN sanction_decision d ON p.parent_id = d.id "
                        + "WHERE d.decided_on >= ? AND d.decided_on < ?" };
        for (int i = 0; i < sql.length; i++) {
            try (PreparedStatement p = c.prepareStatement(sql[i])) {
                p.setObject(1, i == 1 ? from.atStartOfDay() : from);
                p.setObject(2, i == 1 ? to.atStartOfDay() : to);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    v[i] = r.getLong(1);
                }
            }
        }
        return new YearSummary(year, (int) v[0], (int) v[1], (int) v[2], v[3], v[4]);
    }

    private static void assertMatchesRows(InspectionStore store, int... years) {
        for (int y : years) {
            assertEquals(store.query(c -> counted(c, y)), store.summary(y), "year " + y);
        }
    }

    private static ViolationRecord kase(String number, LocalDateTime at, LocalDate decided, long fine, long paid) {
        ViolationRecord v = F.createViolationRecord();
        v.setNumber(number);
        v.setRecordedAt(at);
        v.setSigned(true);
        v.setCaseKind(CaseKind.STANDARD);
        v.setStatus(decided == null ? CaseStatus.RECORDED : CaseStatus.DECIDED);
        Behaviour b = F.createBehaviour();
        b.setDecreeId("15/2020");
        b.setArticleRef("Đ8 k2");
        v.getBehaviours().add(b);
        if (decided != null) {
            SanctionDecision d = F.createSanctionDecision();
            d.setNumber(number + "/QĐ");
            d.setDecidedOn(decided);
            d.setTotal(fine);
            if (paid > 0) {
                Payment p = F.createPayment();
                p.setAmount(paid);
                p.setPaidOn(decided.plusDays(3));
                d.getPayments().add(p);
            }
            v.setDecision(d);
        }
        return v;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyWriteKeepsTheTotalsOfTheRows(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            assertMatchesRows(store, 2019, 2020, 2021);

            // a case recorded at the end of 2020 and decided in 2021: the decision counts in 2021
            ViolationRecord late = kase("90/BB", LocalDateTime.of(2020, 12, 30, 9, 0), LocalDate.of(2021, 1, 4), 5_000_000, 0);
            store.saveCase(late, "test");
            assertEquals(7, store.summary(2020).records());
            assertEquals(1, store.summary(2021).decisions());
            assertEquals(5_000_000L, store.summary(2021).totalFines());

            // a payment, a changed fine, the record moved to 2019: old contribution out, new one in
            late.getDecision().setTotal(7_500_000);
            Payment p = F.createPayment();
            p.setAmount(2_000_000);
            p.setPaidOn(LocalDate.of(2021, 1, 10));
            late.getDecision().getPayments().add(p);
            late.setRecordedAt(LocalDateTime.of(2019, 12, 30, 9, 0));
            store.saveCase(late, "test");
            assertEquals(new YearSummary(2021, 0, 0, 1, 7_500_000, 2_000_000), store.summary(2021));
            assertEquals(1, store.summary(2019).records());
            assertMatchesRows(store, 2019, 2020, 2021);

            // the decision moved to 2020, a round in 2021, a year far outside 2000-2100
            late.getDecision().setDecidedOn(LocalDate.of(2020, 12, 31));
            store.saveCase(late, "test");
            InspectionRound round = F.createInspectionRound();
            round.setDecisionNumber("1/QĐ-2021");
            round.setDecisionDate(LocalDate.of(2021, 3, 1));
            round.setStatus(RoundStatus.PUBLISHED);
            store.saveRound(round, "test");
            store.saveCase(kase("91/BB", LocalDateTime.of(1999, 5, 1, 8, 0), LocalDate.of(1999, 5, 9), 1_000_000, 1_000_000), "test");
            assertEquals(new YearSummary(1999, 0, 1, 1, 1_000_000, 1_000_000), store.summary(1999));
            assertMatchesRows(store, 1999, 2019, 2020, 2021);

            // a bulk import (the CSV path) and a failed one
            store.importAll(List.of(kase("92/BB", LocalDateTime.of(2021, 6, 1, 8, 0), LocalDate.of(2021, 6, 2), 3_000_000, 3_000_000),
                    kase("93/BB", LocalDateTime.of(2021, 6, 1, 9, 0), null, 0, 0)), "test", "test");
            assertMatchesRows(store, 2020, 2021);
            YearSummary before = store.summary(2021);
            ViolationRecord broken = kase("94/BB", LocalDateTime.of(2021, 7, 1, 8, 0), LocalDate.of(2021, 7, 2), 1, 0);
            broken.getBehaviours().get(0).setDecreeId(null); // NOT NULL in the schema: the import fails
            assertThrows(StoreException.class, () -> store.importAll(List.of(
                    kase("95/BB", LocalDateTime.of(2021, 7, 1, 9, 0), LocalDate.of(2021, 7, 2), 9, 0), broken), "test", "test"));
            assertEquals(before, store.summary(2021), "nothing of a failed import is counted");
            assertMatchesRows(store, 2021);
        }
    }

    /** Migration 005 fills the table from the rows of a database made before it. */
    @Test
    void theMigrationCountsTheRowsAlreadyThere() throws Exception {
        org.h2.jdbcx.JdbcDataSource ds = new org.h2.jdbcx.JdbcDataSource();
        ds.setURL("jdbc:h2:mem:totals" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        vn.egov.workbench.inspection.store.internal.AuditGuard.register();
        try (Connection c = ds.getConnection()) {
            Migrator upTo004 = new Migrator(name -> name.equals("index.txt")
                    ? new java.io.ByteArrayInputStream("001-schema.sql\n002-audit.sql\n003-audit-append-only.sql\n004-case-search.sql\n"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    : builtIn(name));
            upTo004.migrate(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO inspection_round (id, version, decision_date, status) VALUES (1, 1, DATE '2020-02-01', 'PUBLISHED')");
                s.execute("INSERT INTO violation_record (id, version, round_id, recorded_at, signed, explanation_requested, case_kind, status) "
                        + "VALUES (1, 1, 1, TIMESTAMP '2020-03-01 08:00:00', TRUE, FALSE, 'STANDARD', 'PAID'), "
                        + "(2, 1, 1, TIMESTAMP '2020-12-31 08:00:00', TRUE, FALSE, 'STANDARD', 'DECIDED')");
                s.execute("INSERT INTO sanction_decision (id, parent_id, seq, decided_on, total) VALUES (1, 1, 0, DATE '2020-03-05', 4000000), "
                        + "(2, 2, 0, DATE '2021-01-05', 6000000)");
                s.execute("INSERT INTO payment (parent_id, seq, amount) VALUES (1, 0, 1500000), (1, 1, 2500000), (2, 0, 1000000)");
            }
            assertEquals(List.of("005-year-totals.sql", "006-filter-index.sql"), Migrator.builtIn().migrate(c));
            assertEquals(new YearSummary(2020, 1, 2, 1, 4_000_000, 4_000_000), read(c, 2020));
            assertEquals(new YearSummary(2021, 0, 0, 1, 6_000_000, 1_000_000), read(c, 2021));
            assertEquals(counted(c, 2020), read(c, 2020));
            assertEquals(new YearSummary(2050, 0, 0, 0, 0, 0), read(c, 2050));
        }
    }

    private static YearSummary read(Connection c, int year) throws SQLException {
        return vn.egov.workbench.inspection.store.internal.YearTotals.read(c, year);
    }

    private static InputStream builtIn(String name) {
        return Migrator.class.getResourceAsStream(Migrator.BUILT_IN + name);
    }
}
