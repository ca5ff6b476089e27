package vn.egov.workbench.inspection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.store.CaseRow;
import vn.egov.workbench.inspection.store.SearchText;
import vn.egov.workbench.inspection.ui.InspectionUi;
import vn.egov.workbench.inspection.ui.internal.CasesView;
import vn.egov.workbench.inspection.ui.internal.DeadlinesView;
import vn.egov.workbench.inspection.ui.internal.FineGroups;
import vn.egov.workbench.inspection.ui.internal.FinesView;
import vn.egov.workbench.inspection.ui.internal.Messages;
import vn.egov.workbench.inspection.ui.internal.RoundDialog;
import vn.egov.workbench.inspection.ui.internal.RoundsView;
import vn.egov.workbench.inspection.ui.internal.Texts;

/** The views on the 2020 sample of a new database, in Vietnamese, as a new user sees them. */
class SampleViewsTest {

    @BeforeAll
    static void sample() throws Exception {
        Ui.freshDatabase();
        Ui.showInspectionPerspective();
    }

    @Test
    void theInspectionPerspectiveShowsTheFourViews() {
        for (String id : List.of(InspectionUi.ROUNDS_VIEW, InspectionUi.CASES_VIEW, InspectionUi.DEADLINES_VIEW,
                InspectionUi.FINES_VIEW)) {
            assertTrue(Ui.page().findViewReference(id) != null, id);
        }
        assertTrue(Ui.page().findView(InspectionUi.ROUNDS_VIEW) instanceof RoundsView, "the real view, not the placeholder");
        assertTrue(Ui.page().findView(InspectionUi.CASES_VIEW) instanceof CasesView);
    }

    @Test
    void theRoundsViewListsTheTenRoundsOf2020() throws Exception {
        RoundsView view = (RoundsView) Ui.page().showView(InspectionUi.ROUNDS_VIEW);
        Ui.settle();
        Table table = view.viewer().getTable();
        // (another test of this class may have added a 2026 round)
        long of2020 = java.util.Arrays.stream(table.getItems()).filter(i -> i.getText(1).endsWith("/2020")).count();
        assertEquals(10, of2020);
        assertTrue(view.statusText().endsWith(" đợt thanh tra"), view.statusText());
        String partners = String.join("|", java.util.Arrays.stream(table.getItems()).map(i -> i.getText(3)).toList());
        assertTrue(partners.contains("Công an tỉnh Kon Tum"), partners);
        assertTrue(partners.contains("Cục Quản lý thị trường tỉnh Kon Tum"), partners);
        assertTrue(partners.contains("Trung tâm tần số vô tuyến điện khu vực III"), partners);
        assertEquals(Texts.status(RoundStatus.PUBLISHED), table.getItem(table.getItemCount() - 1).getText(6));
    }

    @Test
    void theFinesViewShowsTheYearTotalsOfTheReport() throws Exception {
        FinesView view = (FinesView) Ui.page().showView(InspectionUi.FINES_VIEW);
        Ui.settle();
        List<FineGroups.Group> groups = view.groups();
        assertEquals(1, groups.size(), groups::toString);
        FineGroups.Group y2020 = groups.get(0);
        assertEquals("2020", y2020.label());
        assertEquals(6, y2020.decisions());
        assertEquals(39_000_000L, y2020.total());
        assertEquals(39_000_000L, y2020.collected());
        Table table = view.table().getTable();
        assertEquals("2020", table.getItem(0).getText(0));
        assertEquals("6", table.getItem(0).getText(1));
        assertEquals("39.000.000 ₫", table.getItem(0).getText(2));
        assertEquals("39.000.000 ₫", table.getItem(0).getText(3));
        assertEquals("0 ₫", table.getItem(0).getText(4));
        assertEquals("6 quyết định, tiền phạt 39.000.000 ₫, đã thu 39.000.000 ₫, còn phải thu 0 ₫", view.summaryText());
        // the chart has the two stacked series over one category per year, in millions
        assertEquals(2, view.chart().getSeriesSet().getSeries().length);
        assertEquals(39.0, view.chart().getSeriesSet().getSeries("collected").getYSeries()[0], 1e-9);

        Ui.select(view.groupByCombo(), 1); // by sector: postal and courier businesses, and one individual in IT
        long sectors = view.groups().size();
        assertTrue(sectors >= 2, view.groups()::toString);
        assertEquals(39_000_000L, view.groups().stream().mapToLong(FineGroups.Group::total).sum());
        assertTrue(view.groups().stream().anyMatch(g -> g.label().equals("chuyển phát")), view.groups()::toString);
    }

    @Test
    void theDeadlinesViewHasNothingDueForTheClosedSample() throws Exception {
        DeadlinesView view = (DeadlinesView) Ui.page().showView(InspectionUi.DEADLINES_VIEW);
        Ui.settle();
        // all six 2020 cases are paid or closed: no decision or payment is due any more
        assertEquals(List.of(), view.items());
        assertEquals(Messages.Deadline_none, view.statusText());
    }

    @Test
    void theCasesTableIsVirtualFilteredSortedAndSearchedWithoutDiacritics() throws Exception {
        CasesView view = (CasesView) Ui.page().showView(InspectionUi.CASES_VIEW);
        Ui.settle();
        Table table = view.viewer().getTable();
        assertTrue((table.getStyle() & org.eclipse.swt.SWT.VIRTUAL) != 0);
        assertEquals(6, table.getItemCount());
        assertEquals("6 vụ việc", view.statusText());
        loadRows(table);
        assertEquals("06/BB-VPHC", table.getItem(0).getText(0), "newest first");

        Ui.select(view.filters().statusCombo(), Texts.status(CaseStatus.CLOSED));
        Ui.settle();
        assertEquals(5, table.getItemCount());
        Ui.select(view.filters().statusCombo(), Texts.status(CaseStatus.PAID));
        Ui.settle();
        assertEquals(1, table.getItemCount());
        Ui.select(view.filters().statusCombo(), 0);
        Ui.settle();
        assertEquals(6, table.getItemCount());

        Ui.select(view.filters().sectorCombo(), "bưu chính");
        Ui.settle();
        assertEquals(2, table.getItemCount(), "the two postal businesses");
        Ui.select(view.filters().sectorCombo(), 0);

        Ui.select(view.filters().yearCombo(), "2020");
        Ui.settle();
        assertEquals(6, table.getItemCount());
        Ui.select(view.filters().yearCombo(), 0);

        Text search = view.filters().searchField();
        Ui.type(search, "dak bla");
        search.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.settle();
        assertEquals(1, table.getItemCount());
        loadRows(table);
        assertTrue(SearchText.fold(table.getItem(0).getText(2)).contains("dak bla"), table.getItem(0).getText(2));
        assertEquals("Công ty TNHH MTV Giao nhận Đăk Bla", table.getItem(0).getText(2));
        Ui.type(search, "");
        search.notifyListeners(org.eclipse.swt.SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
        Ui.settle();
        assertEquals(6, table.getItemCount());

        Ui.select(view.filters().subjectCombo(), "Trần Văn Hưng");
        Ui.settle();
        assertEquals(1, table.getItemCount());
        Ui.select(view.filters().subjectCombo(), 0);
        Ui.settle();

        // sort by fine, ascending then descending, by clicking the column header
        table.getColumn(5).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Ui.settle();
        loadRows(table);
        long first = view.row(0).totalFine();
        long last = view.row(5).totalFine();
        assertTrue(first <= last, first + " then " + last);
        table.getColumn(5).notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
        Ui.settle();
        loadRows(table);
        CaseRow top = view.row(0);
        assertEquals(last, top.totalFine().longValue(), "descending: the largest fine first");
    }

    @Test
    void aRoundIsCreatedThroughTheDialog() throws Exception {
        RoundsView view = (RoundsView) Ui.page().showView(InspectionUi.ROUNDS_VIEW);
        Ui.settle();
        int before = view.viewer().getTable().getItemCount();
        RoundDialog dialog = new RoundDialog(view.getSite().getShell(), null);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Text[] f = dialog.fields();
            Ui.type(f[0], "12/QĐ-STTTT");
            Ui.type(f[1], "31/02/2026");
            assertEquals(false, dialog.okButton().isEnabled(), "an impossible date is refused");
            Ui.type(f[1], "02/03/2026");
            Ui.type(f[2], "Thanh tra dịch vụ bưu chính năm 2026");
            Ui.type(f[4], "Sở Thông tin và Truyền thông tỉnh Kon Tum");
            Ui.type(f[5], "Công an tỉnh Kon Tum\nCục Quản lý thị trường tỉnh Kon Tum");
            Ui.type(f[6], "10/03/2026");
            Ui.type(f[7], "05/03/2026");
            assertEquals(false, dialog.okButton().isEnabled(), "the end before the start is refused");
            Ui.type(f[7], "20/03/2026");
            assertEquals(true, dialog.okButton().isEnabled());
            dialog.pressOk();
        } finally {
            if (dialog.getShell() != null) {
                dialog.close();
            }
        }
        assertTrue(dialog.round().getId() > 0, "saved");
        vn.egov.workbench.inspection.ui.StoreSession.get().changed();
        Ui.settle();
        Table table = view.viewer().getTable();
        assertEquals(before + 1, table.getItemCount());
        assertEquals("12/QĐ-STTTT", table.getItem(0).getText(0), "the newest decision first");
        assertEquals("Công an tỉnh Kon Tum; Cục Quản lý thị trường tỉnh Kon Tum", table.getItem(0).getText(3));
        assertEquals("10/03/2026 – 20/03/2026", table.getItem(0).getText(4));
    }

    /** Asks the virtual table for every row, as painting would, and waits for the pages. */
    private static void loadRows(Table table) throws InterruptedException {
        for (int i = 0; i < table.getItemCount(); i++) {
            table.getItem(i).getText();
        }
        Ui.settle();
    }
}
