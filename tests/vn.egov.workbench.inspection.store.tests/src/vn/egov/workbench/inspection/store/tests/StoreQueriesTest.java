package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.store.CaseFilter;
import vn.egov.workbench.inspection.store.CaseListRow;
import vn.egov.workbench.inspection.store.FineTotal;
import vn.egov.workbench.inspection.store.Fold;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.OpenCase;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.store.StoreQueries;

/** The read queries of the views, on the 2020 sample, on H2 and PostgreSQL. */
class StoreQueriesTest {

    static List<Named<Supplier<StoreConfig>>> databases() {
        return TestDatabases.all();
    }

    @Test
    void foldingIgnoresDiacriticsAndCase() {
        assertEquals("dak ha", Fold.fold("Đăk Hà"));
        assertEquals("cong ty tnhh mtv giao nhan", Fold.fold("CÔNG TY TNHH MTV GIAO NHẬN"));
        assertEquals("mang den", Fold.fold(Normalizer.normalize("Măng Đen", Normalizer.Form.NFD)), "decomposed input too");
        assertEquals("%50!%!_x%", Fold.likePattern(" 50%_x "), "LIKE wildcards are literal");
    }

    @ParameterizedTest
    @MethodSource("databases")
    void casesArePagedFilteredSortedAndSearched(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            StoreQueries q = new StoreQueries(store);
            CaseFilter all = CaseFilter.all();
            assertEquals(6, q.count(all));
            List<CaseListRow> byNumber = q.page(all.sortedBy(CaseFilter.Sort.NUMBER, true), 0, 100);
            assertEquals(List.of("01/BB-VPHC", "02/BB-VPHC", "03/BB-VPHC", "04/BB-VPHC", "05/BB-VPHC", "06/BB-VPHC"),
                    byNumber.stream().map(CaseListRow::number).toList());
            assertEquals(List.of("03/BB-VPHC", "04/BB-VPHC"),
                    q.page(all.sortedBy(CaseFilter.Sort.NUMBER, true), 2, 2).stream().map(CaseListRow::number).toList());
            assertEquals("06/BB-VPHC", q.page(all, 0, 1).get(0).number(), "newest first by default");
            List<CaseListRow> byFine = q.page(all.sortedBy(CaseFilter.Sort.TOTAL, false), 0, 6);
            for (int i = 1; i < byFine.size(); i++) {
                assertTrue(byFine.get(i - 1).total() >= byFine.get(i).total(), byFine::toString);
            }
            assertEquals(39_000_000L, byFine.stream().mapToLong(CaseListRow::total).sum());
            assertEquals(39_000_000L, byFine.stream().mapToLong(CaseListRow::paid).sum());

            assertEquals(5, q.count(all.withStatus(CaseStatus.CLOSED)));
            assertEquals(1, q.count(all.withStatus(CaseStatus.PAID)));
            assertEquals(2, q.count(all.withSector(Sector.POSTAL)));
            assertEquals(6, q.count(all.withYear(2020)));
            assertEquals(0, q.count(all.withYear(2021)));
            assertEquals(1, q.count(all.withSearch("dak bla")));
            assertEquals(1, q.count(all.withSearch("ĐĂK BLA")));
            assertEquals(1, q.count(all.withSearch("măng đen")));
            assertEquals(6, q.count(all.withSearch("bb-vphc")));
            assertEquals(0, q.count(all.withSearch("%")), "a percent sign is searched for, not a wildcard");
            assertEquals(0, q.count(all.withSearch("dak bla").withSector(Sector.POSTAL)), "filters combine");
            long subject = q.page(all.withSearch("Trần Văn Hưng"), 0, 1).get(0).id();
            long violator = store.loadCase(subject).getViolator().getId();
            assertEquals(1, q.count(all.withSubject(violator)));

            assertEquals(10, q.rounds().size());
            assertEquals(List.of(2020), q.years());
            assertTrue(q.subjects().size() >= 6);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void fineTotalsAndOpenCases(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            StoreQueries q = new StoreQueries(store);
            List<FineTotal> totals = q.fineTotals();
            assertTrue(totals.stream().allMatch(t -> t.year() == 2020), totals::toString);
            assertEquals(6, totals.stream().mapToInt(FineTotal::decisions).sum());
            assertEquals(39_000_000L, totals.stream().mapToLong(FineTotal::total).sum());
            assertEquals(39_000_000L, totals.stream().mapToLong(FineTotal::collected).sum());
            assertEquals(List.of(), q.openCases(100), "the sample is all paid or closed");

            ViolationRecord r = InspectionFactory.eINSTANCE.createViolationRecord();
            r.setNumber("09/BB-VPHC");
            r.setRecordedAt(LocalDateTime.of(2024, 2, 6, 9, 0));
            r.setViolator(store.loadCase(q.page(CaseFilter.all(), 0, 1).get(0).id()).getViolator());
            r.setSigned(true);
            r.setCaseKind(CaseKind.STANDARD);
            r.setStatus(CaseStatus.RECORDED);
            Behaviour b = InspectionFactory.eINSTANCE.createBehaviour();
            b.setDecreeId("15/2020");
            b.setArticleRef("Đ8 k2");
            r.getBehaviours().add(b);
            store.saveCase(r, "test");
            List<OpenCase> open = q.openCases(100);
            assertEquals(1, open.size());
            assertEquals("09/BB-VPHC", open.get(0).number());
            assertEquals(CaseKind.STANDARD, open.get(0).caseKind());
            assertEquals(null, open.get(0).decidedOn());
            assertEquals(7, q.count(CaseFilter.all()));
            assertEquals(List.of(2024, 2020), q.years());
        }
    }
}
