package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.store.AuditEntry;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.store.YearSummary;

/** The store on each test database (H2 always, PostgreSQL under ./test), each test on a fresh one. */
class InspectionStoreTest {

    static List<Named<Supplier<StoreConfig>>> databases() {
        return TestDatabases.all();
    }

    private static InspectionStore withSample(Supplier<StoreConfig> db) {
        InspectionStore store = InspectionStore.open(db.get());
        assertTrue(SampleData2020.loadIfEmpty(store));
        return store;
    }

    @ParameterizedTest
    @MethodSource("databases")
    void sampleReproducesThe2020Report(Supplier<StoreConfig> db) {
        try (InspectionStore store = withSample(db)) {
            YearSummary s = store.summary(2020);
            assertEquals(10, s.rounds());
            assertEquals(6, s.records());
            assertEquals(6, s.decisions());
            assertEquals(39_000_000L, s.totalFines());
            assertEquals(39_000_000L, s.collected());
            assertEquals(0L, s.outstanding());
            assertEquals(0, store.summary(2021).rounds());
            assertFalse(SampleData2020.loadIfEmpty(store), "the sample loads once");
            assertEquals(s, store.summary(2020));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void roundsAndCasesComeBackAsSaved(Supplier<StoreConfig> db) {
        try (InspectionStore store = withSample(db)) {
            List<InspectionRound> rounds = store.rounds(2020);
            assertEquals(10, rounds.size());
            InspectionRound third = rounds.get(2);
            assertEquals("41/QĐ-STTTT", third.getDecisionNumber());
            assertEquals(List.of("Cục Quản lý thị trường tỉnh Kon Tum", "Công an tỉnh Kon Tum"), third.getPartnerBodies());
            assertEquals(LocalDate.of(2020, 5, 18), third.getActualStart());
            assertEquals(RoundStatus.PUBLISHED, third.getStatus());
            assertEquals("Công ty TNHH Chuyển phát nhanh Ngọc Linh", third.getSubjects().get(0).getName());
            assertEquals(Sector.COURIER, third.getSubjects().get(0).getSector());

            List<ViolationRecord> cases = store.cases(2020);
            assertEquals(6, cases.size());
            ViolationRecord first = store.loadCase(cases.get(0).getId());
            assertEquals("01/BB-VPHC", first.getNumber());
            assertEquals("41/QĐ-STTTT", first.getRound().getDecisionNumber());
            assertEquals(List.of("Đ7 k3", "Đ8 k2"), first.getBehaviours().stream().map(Behaviour::getArticleRef).toList());
            DecisionLine line = first.getDecision().getLines().get(0);
            assertEquals(5_000_000L, line.getRangeMin());
            assertEquals(6_000_000L, line.getFine());
            assertEquals(7_500_000L, first.getDecision().getTotal());
            assertEquals(1, first.getVersion());
            long sum = cases.stream().mapToLong(c -> c.getDecision().getTotal()).sum();
            assertEquals(39_000_000L, sum);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void secondInspectorGetsAConflictAndNothingIsOverwritten(Supplier<StoreConfig> db) {
        try (InspectionStore store = withSample(db)) {
            long id = store.cases(2020).get(1).getId();
            ViolationRecord mine = store.loadCase(id);
            ViolationRecord theirs = store.loadCase(id);

            mine.setPlace("Điểm phục vụ số 2");
            store.saveCase(mine, "minh");
            assertEquals(2, mine.getVersion());

            theirs.setPlace("Kho hàng");
            StoreException e = assertThrows(StoreException.class, () -> store.saveCase(theirs, "ha"));
            assertEquals(StoreException.Kind.CONFLICT, e.kind());
            assertTrue(e.getMessage().contains("02/BB-VPHC") && e.getMessage().contains("minh"), e.getMessage());
            assertEquals(1, theirs.getVersion(), "the refused copy keeps its version");

            ViolationRecord stored = store.loadCase(id);
            assertEquals("Điểm phục vụ số 2", stored.getPlace());
            assertEquals(2, stored.getVersion());
            assertTrue(store.audit(id).stream().noneMatch(a -> a.actor().equals("ha")));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void everyChangedFieldIsAudited(Supplier<StoreConfig> db) {
        try (InspectionStore store = withSample(db)) {
            long id = store.cases(2020).get(2).getId();
            int created = store.audit(id).size();
            assertTrue(created > 10, "a new case logs its fields");
            ViolationRecord c = store.loadCase(id);
            c.setExplanationRequested(true);
            Payment p = c.getDecision().getPayments().get(0);
            p.setReceipt("BL-2020-9999");
            store.saveCase(c, "minh");

            List<AuditEntry> changes = store.audit(id).subList(created, store.audit(id).size());
            assertEquals(2, changes.size(), changes.toString());
            AuditEntry receipt = changes.stream().filter(a -> a.field().equals("decision.payments[0].receipt")).findFirst()
                    .orElseThrow();
            assertEquals("BL-2020-0121", receipt.oldValue());
            assertEquals("BL-2020-9999", receipt.newValue());
            assertEquals("minh", receipt.actor());
            assertTrue(changes.stream().anyMatch(a -> a.field().equals("explanationRequested")
                    && "false".equals(a.oldValue()) && "true".equals(a.newValue())));
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anIllegalStatusChangeIsNeverSaved(Supplier<StoreConfig> db) {
        try (InspectionStore store = withSample(db)) {
            long id = store.cases(2020).get(0).getId();
            ViolationRecord c = store.loadCase(id);
            assertEquals(CaseStatus.CLOSED, c.getStatus());
            c.setStatus(CaseStatus.RECORDED);
            c.setPlace("changed together with the status");
            StoreException e = assertThrows(StoreException.class, () -> store.saveCase(c, "minh"));
            assertEquals(StoreException.Kind.RULE, e.kind());
            ViolationRecord stored = store.loadCase(id);
            assertEquals(CaseStatus.CLOSED, stored.getStatus());
            assertFalse(stored.getPlace().startsWith("changed"));
            assertEquals(1, stored.getVersion());

            InspectionRound round = store.rounds(2020).get(9);
            assertEquals(RoundStatus.CONCLUDED, round.getStatus());
            round.setStatus(RoundStatus.ON_SITE);
            assertEquals(StoreException.Kind.RULE, assertThrows(StoreException.class,
                    () -> store.saveRound(round, "minh")).kind());
            round.setStatus(RoundStatus.PUBLISHED); // the legal next step
            store.saveRound(round, "minh");
            assertEquals(RoundStatus.PUBLISHED, store.loadRound(round.getId()).getStatus());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aFailedSaveRollsBackEverything(Supplier<StoreConfig> db) {
        try (InspectionStore store = withSample(db)) {
            YearSummary before = store.summary(2020);
            InspectionFactory f = InspectionFactory.eINSTANCE;
            ViolationRecord good = store.loadCase(store.cases(2020).get(3).getId());
            good.setPlace("a change that must not survive");
            ViolationRecord bad = f.createViolationRecord();
            bad.setNumber("99/BB-VPHC");
            bad.setRecordedAt(LocalDateTime.of(2020, 12, 20, 9, 0));
            Behaviour broken = f.createBehaviour(); // no decree: NOT NULL in the schema
            bad.getBehaviours().add(broken);
            StoreException e = assertThrows(StoreException.class, () -> store.saveAll(List.of(good, bad), "minh"));
            assertEquals(StoreException.Kind.DATABASE, e.kind());
            assertEquals(0, bad.getId(), "the new case keeps no id");
            assertEquals(1, good.getVersion(), "the changed case keeps its version");
            assertEquals(before, store.summary(2020));
            assertFalse(store.loadCase(good.getId()).getPlace().startsWith("a change"));
            assertTrue(store.audit(good.getId()).stream().noneMatch(a -> a.actor().equals("minh")));
            // and the same objects save once corrected
            broken.setDecreeId("15/2020");
            broken.setArticleRef("Đ8 k1");
            store.saveAll(List.of(good, bad), "minh");
            assertEquals(7, store.summary(2020).records());
        }
    }

    /**
     * importAll writes violation records in the order of their recorded time (the order of three
     * index keys, for speed): the ids follow the dates, and each record keeps its own behaviours,
     * round and audit entry whatever its place in the list.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void importAllWritesRecordsInDateOrder(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            InspectionRound round = Fixtures.round("9/QĐ-TTr", LocalDate.of(2022, 1, 5));
            int[] days = { 20, 3, 11, 3, 1 }; // out of order, with a tie
            List<ViolationRecord> records = new ArrayList<>();
            for (int i = 0; i < days.length; i++) {
                ViolationRecord v = Fixtures.record(round, "BB-" + i, LocalDateTime.of(2022, 2, days[i], 9, 0));
                Behaviour b = InspectionFactory.eINSTANCE.createBehaviour();
                b.setDecreeId("15/2020");
                b.setArticleRef("Đ8 k" + (i + 1));
                b.setDescription("hành vi " + i);
                v.getBehaviours().add(b);
                records.add(v);
            }
            List<Entity> all = new ArrayList<>();
            all.add(round);
            all.addAll(records);
            store.importAll(all, "test", "test");

            List<ViolationRecord> byId = new ArrayList<>(records);
            byId.sort(Comparator.comparingLong(ViolationRecord::getId));
            assertEquals(List.of("BB-4", "BB-1", "BB-3", "BB-2", "BB-0"), byId.stream().map(ViolationRecord::getNumber).toList(),
                    "ids follow the recorded time; a tie keeps the list's order");
            for (int i = 0; i < days.length; i++) {
                ViolationRecord loaded = store.loadCase(records.get(i).getId());
                assertEquals("BB-" + i, loaded.getNumber());
                assertEquals(days[i], loaded.getRecordedAt().getDayOfMonth());
                assertEquals("Đ8 k" + (i + 1), loaded.getBehaviours().get(0).getArticleRef());
                assertEquals("hành vi " + i, loaded.getBehaviours().get(0).getDescription());
                assertEquals(round.getId(), loaded.getRound().getId());
                assertEquals(1, store.audit(loaded.getId()).size());
            }
            assertEquals(5, store.summary(2022).records());
        }
    }

    /**
     * The bulk path (importAll: COPY on PostgreSQL, JDBC batches on H2) stores every character as it
     * is: backslashes, tabs, line breaks and the text "\\N" (COPY's null) are data, not syntax.
     */
    @ParameterizedTest
    @MethodSource("databases")
    void importAllKeepsEveryCharacter(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            InspectionFactory f = InspectionFactory.eINSTANCE;
            InspectionRound round = f.createInspectionRound();
            round.setDecisionNumber("7/QĐ\\tab\there");
            round.setDecisionDate(LocalDate.of(2021, 3, 1));
            round.setStatus(RoundStatus.PUBLISHED);
            round.getPartnerBodies().addAll(List.of("Sở\\N", "Công an\ttỉnh"));
            ViolationRecord v = f.createViolationRecord();
            v.setNumber("\\N");
            v.setRecordedAt(LocalDateTime.of(2021, 3, 2, 9, 30, 15));
            v.setRound(round);
            v.setPlace("Đắk Hà\nline two\r\nthree\\four\tfive");
            v.setRecorder(null);
            v.setSigned(false);
            v.setRefusalReason("\\");
            Behaviour b = f.createBehaviour();
            b.setDecreeId("15/2020");
            b.setArticleRef("Đ8 k1");
            b.setDescription("a\\b\tc\nd \\N");
            v.getBehaviours().add(b);
            store.importAll(List.of(round, v), "test", "test");

            InspectionRound r = store.loadRound(round.getId());
            assertEquals("7/QĐ\\tab\there", r.getDecisionNumber());
            assertEquals(List.of("Sở\\N", "Công an\ttỉnh"), r.getPartnerBodies());
            ViolationRecord loaded = store.loadCase(v.getId());
            assertEquals("\\N", loaded.getNumber());
            assertEquals(LocalDateTime.of(2021, 3, 2, 9, 30, 15), loaded.getRecordedAt());
            assertEquals("Đắk Hà\nline two\r\nthree\\four\tfive", loaded.getPlace());
            assertEquals(null, loaded.getRecorder());
            assertFalse(loaded.isSigned());
            assertEquals("\\", loaded.getRefusalReason());
            assertEquals("a\\b\tc\nd \\N", loaded.getBehaviours().get(0).getDescription());
            assertEquals(r.getId(), loaded.getRound().getId());
            assertEquals(1, store.summary(2021).records());
            assertEquals(1, store.auditOf("ViolationRecord", v.getId()).size());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void reopeningAppliesNoMigrationTwice(Supplier<StoreConfig> db) {
        StoreConfig config = db.get();
        try (InspectionStore store = InspectionStore.open(config)) {
            assertEquals(6L, (long) store.query(c -> { // 001-006 of migrations/index.txt
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT COUNT(*) FROM schema_version")) {
                    r.next();
                    return r.getLong(1);
                }
            }));
        }
        try (InspectionStore store = InspectionStore.open(config)) {
            assertEquals(0, store.summary(2020).rounds());
        }
    }
}
