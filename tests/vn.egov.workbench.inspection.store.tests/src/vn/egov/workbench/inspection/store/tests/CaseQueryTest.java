package vn.egov.workbench.inspection.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.store.CaseQuery;
import vn.egov.workbench.inspection.store.CaseRow;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.Page;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.SearchText;
import vn.egov.workbench.inspection.store.StoreConfig;

/** The Cases list API (CaseQuery, Page, CaseRow) on the 2020 sample, on H2 and PostgreSQL. */
class CaseQueryTest {

    static List<Named<Supplier<StoreConfig>>> databases() {
        return TestDatabases.all();
    }

    private static List<String> numbers(Page<CaseRow> page) {
        return page.items().stream().map(CaseRow::number).toList();
    }

    @Test
    void foldingIgnoresCaseDiacriticsAndDStroke() {
        assertEquals("cong ty tnhh mtv giao nhan dak bla", SearchText.fold("  Công ty TNHH MTV  Giao nhận ĐĂK BLA "));
        assertEquals("nguyen thi thanh ha", SearchText.fold("Nguyễn Thị Thanh Hà"));
        assertEquals("", SearchText.fold(null));
    }

    @ParameterizedTest
    @MethodSource("databases")
    void filtersSearchSortAndPages(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            CaseQuery all = CaseQuery.builder().year(2020).page(0, 4).build();
            Page<CaseRow> first = store.findCases(all);
            assertEquals(List.of("06/BB-VPHC", "05/BB-VPHC", "04/BB-VPHC", "03/BB-VPHC"), numbers(first), "newest first");
            assertTrue(first.hasMore());
            Page<CaseRow> second = store.findCases(all.page(4, 4));
            assertEquals(List.of("02/BB-VPHC", "01/BB-VPHC"), numbers(second));
            assertFalse(second.hasMore());
            assertEquals(6, store.countCases(all));

            CaseQuery courier = CaseQuery.builder().sector(Sector.COURIER).year(2020)
                    .sort(CaseQuery.Sort.NUMBER, true).build();
            assertEquals(List.of("01/BB-VPHC", "02/BB-VPHC", "04/BB-VPHC"), numbers(store.findCases(courier)));
            assertEquals(3, store.countCases(courier));
            assertEquals(List.of("06/BB-VPHC"), numbers(store.findCases(CaseQuery.builder().status(CaseStatus.PAID).build())));
            assertEquals(5, store.countCases(CaseQuery.builder().status(CaseStatus.CLOSED, CaseStatus.DROPPED).build()));
            assertEquals(0, store.countCases(CaseQuery.builder().year(2021).build()));

            // search without diacritics, in another case, by tax code; all words must match
            assertEquals(List.of("01/BB-VPHC"), numbers(store.findCases(CaseQuery.builder().search("ngoc LINH").build())));
            assertEquals(List.of("02/BB-VPHC"), numbers(store.findCases(CaseQuery.builder().search("dak bla").build())));
            assertEquals(List.of("02/BB-VPHC"), numbers(store.findCases(CaseQuery.builder().search("Đăk Bla").build())));
            assertEquals(List.of("03/BB-VPHC"), numbers(store.findCases(CaseQuery.builder().search("6101456789").build())));
            assertEquals(0, store.countCases(CaseQuery.builder().search("ngoc bla").build()));
            assertEquals(0, store.countCases(CaseQuery.builder().search("%").build()), "% is not a wildcard");

            CaseRow row = store.findCases(CaseQuery.builder().search("06/BB").build()).items().get(0);
            assertEquals("Trần Văn Hưng", row.violatorName());
            assertEquals(Sector.IT, row.sector());
            assertEquals("126/QĐ-STTTT", row.roundNumber());
            assertEquals("06/QĐ-XPVPHC", row.decisionNumber());
            assertEquals(row.totalFine().longValue(), row.paid());
            assertEquals(0, row.outstanding());

            List<Long> fines = store.findCases(CaseQuery.builder().sort(CaseQuery.Sort.TOTAL_FINE, true).build())
                    .items().stream().map(CaseRow::totalFine).toList();
            assertEquals(fines.stream().sorted().toList(), fines);
            assertEquals(39_000_000L, fines.stream().mapToLong(Long::longValue).sum());
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void searchFollowsSavedChanges(Supplier<StoreConfig> db) {
        try (InspectionStore store = InspectionStore.open(db.get())) {
            SampleData2020.loadIfEmpty(store);
            ViolationRecord kase = store.cases(2020).get(0);
            InspectedSubject violator = store.loadSubject(kase.getViolator().getId());
            violator.setName("Công ty TNHH Bưu chính Sông Pô Kô");
            violator.setSector(Sector.POSTAL);
            violator.setTaxCode("6109999999");
            store.saveSubject(violator, "inspector");
            assertEquals(0, store.countCases(CaseQuery.builder().search("6101234567").build()));
            assertEquals(1, store.countCases(CaseQuery.builder().search("6109999999").build()));
            CaseRow row = store.findCases(CaseQuery.builder().search("song po ko").build()).items().get(0);
            assertEquals(kase.getNumber(), row.number());
            assertEquals(Sector.POSTAL, row.sector());

            kase = store.loadCase(kase.getId());
            kase.setPlace("Kho hàng Đắk Tô");
            store.saveCase(kase, "inspector");
            assertEquals(1, store.countCases(CaseQuery.builder().search("dak to").build()));
            assertNull(store.findCases(CaseQuery.builder().search("khong co").build()).items().stream().findFirst().orElse(null));
        }
    }
}
