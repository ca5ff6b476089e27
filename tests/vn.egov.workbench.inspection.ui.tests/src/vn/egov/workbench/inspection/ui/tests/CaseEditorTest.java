package vn.egov.workbench.inspection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.FineCalculator;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.ViolatorType;
import vn.egov.workbench.inspection.store.AuditEntry;
import vn.egov.workbench.inspection.store.CaseQuery;
import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.ui.InspectionUi;
import vn.egov.workbench.inspection.ui.StoreSession;
import vn.egov.workbench.inspection.ui.internal.CaseEditor;
import vn.egov.workbench.inspection.ui.internal.CaseEditorInput;
import vn.egov.workbench.inspection.ui.internal.DeadlineItems;
import vn.egov.workbench.inspection.ui.internal.DeadlinesView;
import vn.egov.workbench.inspection.ui.internal.DecisionPage;
import vn.egov.workbench.inspection.ui.internal.FineGroups;
import vn.egov.workbench.inspection.ui.internal.FinesView;
import vn.egov.workbench.inspection.ui.internal.Messages;
import vn.egov.workbench.inspection.ui.internal.PaymentsPage;
import vn.egov.workbench.inspection.ui.internal.RecordPage;
import vn.egov.workbench.inspection.ui.internal.Texts;

/** A case recorded, decided and paid through the editor's widgets, with the law checked as the user types. */
class CaseEditorTest {

    private static final RuleBook LAW = RuleBook.builtIn();
    private static final String VIOLATOR = "Công ty Cổ phần Bưu chính Măng Đen";

    @BeforeAll
    static void sample() throws Exception {
        Ui.freshDatabase();
        Ui.showInspectionPerspective();
    }

    @AfterEach
    void closeEditors() throws Exception {
        Ui.page().closeAllEditors(false);
        Ui.settle();
    }

    private static CaseEditor open(CaseEditorInput input) throws Exception {
        CaseEditor editor = (CaseEditor) Ui.page().openEditor(input, InspectionUi.CASE_EDITOR);
        Ui.settle();
        return editor;
    }

    private static InspectionStore store() {
        return StoreSession.get().store();
    }

    /** Fills the record page of a new case with one behaviour (Đ8 k2 of Decree 15/2020) and saves it. */
    private static CaseEditor recordNewCase(String number, LocalDateTime at) throws Exception {
        CaseEditor editor = open(CaseEditorInput.newCase());
        RecordPage record = editor.recordPage();
        Ui.type(record.numberField(), number);
        Ui.type(record.recordedAtField(), Texts.dateTime(at));
        Ui.select(record.violatorCombo(), VIOLATOR);
        Ui.select(record.decreeCombo(), "15/2020");
        Ui.select(record.articleCombo(), "Đ8 k2 –");
        Ui.type(record.descriptionField(), "Ghi sai khối lượng bưu gửi trên phiếu gửi");
        record.addBehaviour();
        assertEquals(1, record.behavioursViewer().getTable().getItemCount());
        assertEquals(List.of(), editor.problems());
        assertTrue(editor.isDirty());
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        assertNull(editor.saveError());
        assertFalse(editor.isDirty());
        assertTrue(editor.record().getId() > 0);
        return editor;
    }

    @Test
    void aRecordADecisionAndAPaymentThroughTheWidgets() throws Exception {
        LocalDateTime at = LocalDateTime.now().withSecond(0).withNano(0).minusDays(1);
        CaseEditor editor = recordNewCase("07/BB-VPHC", at);
        long id = editor.record().getId();
        assertEquals("07/BB-VPHC", store().loadCase(id).getNumber());

        // the new case has a decision deadline, shown in the Deadlines view by law
        DeadlinesView deadlines = (DeadlinesView) Ui.page().showView(InspectionUi.DEADLINES_VIEW);
        Ui.settle();
        LocalDate due = LAW.deadlines().decisionDeadline(at.toLocalDate(), CaseKind.STANDARD);
        DeadlineItems.Item item = deadlines.items().stream().filter(i -> i.caseId() == id).findFirst().orElseThrow();
        assertEquals(due, item.due());
        assertFalse(item.payment());
        assertEquals(Texts.date(due), deadlines.viewer().getTable().getItem(0).getText(0));
        Ui.page().activate(editor);

        // the decision: the fine is computed from the article, moved by one mitigating circumstance
        editor.setActivePage("decision");
        Ui.settle();
        DecisionPage decision = editor.decisionPage();
        assertTrue(decision.deadlineLabel().getText().contains(Texts.date(due)), decision.deadlineLabel().getText());
        Ui.click(decision.issuedButton());
        Ui.type(decision.numberField(), "07/QĐ-XPVPHC");
        Ui.type(decision.decidedOnField(), Texts.date(at.toLocalDate()));
        Ui.type(decision.signerField(), "Nguyễn Thị Thanh Hà");
        Ui.select(decision.roleCombo(), decision.roles().indexOf(LAW.rules().role("department-chief-inspector")));
        Article article = LAW.catalogue().require("15/2020", "Đ8 k2", at.toLocalDate());
        long midpoint = FineCalculator.fine(article, ViolatorType.ORGANISATION, 0, 0);
        assertEquals(NlsText.total(midpoint), decision.totalLabel().getText());
        decision.linesViewer().setSelection(new StructuredSelection(decision.linesViewer().getElementAt(0)), true);
        Ui.spin(decision.mitigatingSpinner(), 1);
        long fine = FineCalculator.fine(article, ViolatorType.ORGANISATION, 1, 0);
        assertTrue(fine < midpoint, "a mitigating circumstance lowers the fine");
        assertEquals(NlsText.total(fine), decision.totalLabel().getText());
        assertEquals(Texts.money(FineCalculator.range(article, ViolatorType.ORGANISATION).min()) + " – "
                + Texts.money(FineCalculator.range(article, ViolatorType.ORGANISATION).max()),
                decision.linesViewer().getTable().getItem(0).getText(1));
        editor.setActivePage("record");
        Ui.select(editor.recordPage().statusCombo(), Texts.status(CaseStatus.DECIDED));
        assertEquals(List.of(), editor.problems());
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        assertNull(editor.saveError());
        SanctionDecision saved = store().loadCase(id).getDecision();
        assertEquals(fine, saved.getTotal());
        assertEquals(1, saved.getLines().get(0).getMitigating());

        // the payment: due 10 days after receipt; paid in full, the case becomes paid
        editor.setActivePage("payments");
        Ui.settle();
        PaymentsPage payments = editor.paymentsPage();
        editor.setActivePage("decision");
        Ui.type(decision.receivedOnField(), Texts.date(at.toLocalDate()));
        editor.setActivePage("payments");
        LocalDate payDue = LAW.payments().dueDate(at.toLocalDate());
        assertTrue(payments.dueLabel().getText().contains(Texts.date(payDue)), payments.dueLabel().getText());
        Ui.type(payments.receiptField(), "BL-2026-0007");
        Ui.type(payments.paidOnField(), Texts.date(at.toLocalDate()));
        Ui.type(payments.amountField(), Long.toString(fine));
        Ui.click(payments.addButton());
        assertEquals(1, payments.paymentsViewer().getTable().getItemCount());
        assertEquals(Texts.money(fine), payments.paymentsViewer().getTable().getItem(0).getText(2));
        assertEquals("0", payments.paymentsViewer().getTable().getItem(0).getText(3), "paid on time: no day late");
        editor.setActivePage("record");
        Ui.select(editor.recordPage().statusCombo(), Texts.status(CaseStatus.PAID));
        assertEquals(List.of(), editor.problems());
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        assertNull(editor.saveError());
        ViolationRecord paid = store().loadCase(id);
        assertEquals(CaseStatus.PAID, paid.getStatus());
        assertEquals(fine, paid.getDecision().getPayments().get(0).getAmount());

        // the Fines view counts the new decision; the deadline is gone
        FinesView fines = (FinesView) Ui.page().showView(InspectionUi.FINES_VIEW);
        Ui.settle();
        FineGroups.Group year = fines.groups().stream().filter(g -> g.label().equals(Integer.toString(at.getYear())))
                .findFirst().orElseThrow();
        assertEquals(1, year.decisions());
        assertEquals(fine, year.total());
        assertEquals(fine, year.collected());
        deadlines = (DeadlinesView) Ui.page().showView(InspectionUi.DEADLINES_VIEW);
        Ui.settle();
        assertTrue(deadlines.items().stream().noneMatch(i -> i.caseId() == id));

        // the audit page lists what was saved
        Ui.page().activate(editor);
        editor.setActivePage("audit");
        Ui.settle();
        List<AuditEntry> log = store().audit(id);
        assertTrue(log.stream().anyMatch(e -> e.field().equals("status") && "PAID".equals(e.newValue())), log::toString);
        assertEquals(log.size(), editor.auditPage().entriesViewer().getTable().getItemCount());
    }

    @Test
    void aCaseBreakingARuleIsNotSaved() throws Exception {
        LocalDateTime at = LocalDateTime.now().withSecond(0).withNano(0).minusDays(2);
        CaseEditor editor = recordNewCase("08/BB-VPHC", at);
        long id = editor.record().getId();
        int version = store().loadCase(id).getVersion();
        editor.setActivePage("decision");
        Ui.settle();
        DecisionPage decision = editor.decisionPage();
        Ui.click(decision.issuedButton());
        Ui.type(decision.numberField(), "08/QĐ-XPVPHC");
        Ui.type(decision.decidedOnField(), Texts.date(at.toLocalDate()));
        Ui.type(decision.signerField(), "Lê Quang Minh");
        // an inspector on duty may not sign a fine whose range goes above the inspector's cap
        Ui.select(decision.roleCombo(), decision.roles().indexOf(LAW.rules().role("inspector-on-duty")));
        assertFalse(editor.problems().isEmpty());
        String header = decision.getManagedForm().getForm().getMessage();
        assertEquals(IMessageProvider.ERROR, decision.getManagedForm().getForm().getMessageType());
        assertNotNull(header);
        editor.doSave(new NullProgressMonitor());
        assertNotNull(editor.saveError());
        assertTrue(editor.saveError().startsWith(Messages.Editor_saveRefused.substring(0, 10)), editor.saveError());
        assertTrue(editor.isDirty());
        assertEquals(version, store().loadCase(id).getVersion(), "nothing written");
        assertEquals(null, store().loadCase(id).getDecision());

        // a malformed date is named, and a decision after the legal deadline is refused
        Ui.type(decision.decidedOnField(), "32/13/2026");
        assertTrue(editor.problems().stream().anyMatch(p -> p.contains("32/13/2026")), editor.problems()::toString);
        LocalDate late = LAW.deadlines().decisionDeadline(at.toLocalDate(), CaseKind.STANDARD).plusDays(1);
        Ui.type(decision.decidedOnField(), Texts.date(late));
        Ui.select(decision.roleCombo(), decision.roles().indexOf(LAW.rules().role("department-chief-inspector")));
        assertTrue(editor.problems().stream().anyMatch(p -> p.contains(Texts.date(late))), editor.problems()::toString);

        // only the legal next statuses are offered: from recorded, never straight to paid or closed
        List<CaseStatus> offered = editor.recordPage().statuses();
        assertEquals(CaseStatus.RECORDED, offered.get(0));
        assertFalse(offered.contains(CaseStatus.PAID));
        assertFalse(offered.contains(CaseStatus.CLOSED));
    }

    @Test
    void aConcurrentEditGivesAConflictAndOverwritesNothing() throws Exception {
        long id = store().findCases(CaseQuery.builder().search("03/BB").page(0, 1).build()).items().get(0).id();
        CaseEditor editor = open(new CaseEditorInput(store().loadCase(id)));
        // another inspector saves the same case meanwhile
        ViolationRecord other = store().loadCase(id);
        other.setPlace("Bưu cục trung tâm, 70 Lê Hồng Phong, thành phố Kon Tum");
        store().saveCase(other, "nguyen.van.b");

        RecordPage record = editor.recordPage();
        Ui.type(record.numberField(), "03/BB-VPHC ");
        Ui.type(record.numberField(), "03/BB-VPHC-sửa");
        editor.doSave(new NullProgressMonitor());
        Ui.settle();
        String error = editor.saveError();
        assertNotNull(error);
        assertTrue(error.contains("nguyen.van.b"), error);
        assertEquals(error, record.getManagedForm().getForm().getMessage());
        assertTrue(editor.isDirty());
        ViolationRecord stored = store().loadCase(id);
        assertEquals("03/BB-VPHC", stored.getNumber(), "our change is not written");
        assertEquals("Bưu cục trung tâm, 70 Lê Hồng Phong, thành phố Kon Tum", stored.getPlace(), "theirs is kept");
    }

    /** The decision page's total as the Vietnamese text shows it. */
    private static final class NlsText {
        static String total(long vnd) {
            return org.eclipse.osgi.util.NLS.bind(Messages.Decision_total, Texts.money(vnd));
        }
    }
}
