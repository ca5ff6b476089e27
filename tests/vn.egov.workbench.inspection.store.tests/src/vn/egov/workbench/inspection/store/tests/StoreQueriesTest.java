package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.store.CaseQuery;
import vn.egov.workbench.inspection.store.CaseRow;
import vn.egov.workbench.inspection.store.FineTotal;
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

    /** The Cases view's questions, asked as the view asks them (InspectionStore.findCases / countCases). */
    @ParameterizedTest
    @MethodSource("databases")
    void casesArePagedFilteredSortedAndSearched(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            StoreQueries q = new StoreQueries(store);
            CaseQuery all = CaseQuery.builder().build();
            assertEquals(6, store.countCases(all));
            List<CaseRow> byNumber = store.findCases(all.sorted(CaseQuery.Sort.NUMBER, true).page(0, 100)).items();
            assertEquals(List.of("01/BB-VPHC", "02/BB-VPHC", "03/BB-VPHC", "04/BB-VPHC", "05/BB-VPHC", "06/BB-VPHC"),
                    byNumber.stream().map(CaseRow::number).toList());
            assertEquals(List.of("03/BB-VPHC", "04/BB-VPHC"), store.findCases(all.sorted(CaseQuery.Sort.NUMBER, true).page(2, 2))
                    .items().stream().map(CaseRow::number).toList());
            assertEquals("06/BB-VPHC", store.findCases(all.page(0, 1)).items().get(0).number(), "newest first by default");
            List<CaseRow> byFine = store.findCases(all.sorted(CaseQuery.Sort.TOTAL_FINE, false).page(0, 6)).items();
            for (int i = 1; i < byFine.size(); i++) {
                assertTrue(byFine.get(i - 1).totalFine() >= byFine.get(i).totalFine(), byFine::toString);
            }
            assertEquals(39_000_000L, byFine.stream().mapToLong(CaseRow::totalFine).sum());
            assertEquals(39_000_000L, byFine.stream().mapToLong(CaseRow::paid).sum());

            assertEquals(5, store.countCases(CaseQuery.builder().status(CaseStatus.CLOSED).build()));
            assertEquals(1, store.countCases(CaseQuery.builder().status(CaseStatus.PAID).build()));
            assertEquals(2, store.countCases(CaseQuery.builder().sector(Sector.POSTAL).build()));
            assertEquals(6, store.countCases(CaseQuery.builder().year(2020).build()));
            assertEquals(0, store.countCases(CaseQuery.builder().year(2021).build()));
            assertEquals(1, store.countCases(CaseQuery.builder().search("dak bla").build()));
            assertEquals(1, store.countCases(CaseQuery.builder().search("ĐĂK BLA").build()));
            assertEquals(1, store.countCases(CaseQuery.builder().search("măng đen").build()), "the place is searched too");
            assertEquals(1, store.countCases(CaseQuery.builder().search(Normalizer.normalize("Măng Đen", Normalizer.Form.NFD)).build()),
                    "decomposed input too");
            assertEquals(6, store.countCases(CaseQuery.builder().search("bb-vphc").build()));
            assertEquals(0, store.countCases(CaseQuery.builder().search("%").build()), "a percent sign is searched for, not a wildcard");
            assertEquals(0, store.countCases(CaseQuery.builder().search("dak bla").sector(Sector.POSTAL).build()), "filters combine");
            long kase = store.findCases(CaseQuery.builder().search("Trần Văn Hưng").page(0, 1).build()).items().get(0).id();
            long violator = store.loadCase(kase).getViolator().getId();
            assertEquals(1, store.countCases(CaseQuery.builder().violator(violator).build()));

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
            r.setViolator(store.loadCase(store.findCases(CaseQuery.builder().page(0, 1).build()).items().get(0).id()).getViolator());
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
            assertEquals(7, store.countCases(CaseQuery.builder().build()));
            assertEquals(List.of(2024, 2020), q.years());
        }
    }
}
