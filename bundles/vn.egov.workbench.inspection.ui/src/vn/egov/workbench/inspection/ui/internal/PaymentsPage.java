package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDate;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.rules.RuleViolation;

/**
 * Payments on the decision: the due date (10 days after receipt, moved past days off), each payment
 * with the days late and the late interest (0.05 % a day) the law adds, and what is still owed.
 */
public final class PaymentsPage extends CasePage {

    private Label due;
    private Label balance;
    private TableViewer payments;
    private Text receipt;
    private Text paidOn;
    private Text amount;
    private Button add;
    private Label addError;

    PaymentsPage(CaseEditor editor) {
        super(editor, "payments", Messages.Page_payments); //$NON-NLS-1$
    }

    @Override
    protected void createContent(Composite body) {
        body.setLayout(new GridLayout(1, false));
        due = kit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(due);
        balance = kit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(balance);
        payments = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        payments.getTable().setHeaderVisible(true);
        payments.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 120).applyTo(payments.getControl());
        payments.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Payment_receipt, 140, p -> Texts.nonNull(p.getReceipt()));
        column(Messages.Payment_date, 110, p -> Texts.date(p.getPaidOn()));
        column(Messages.Payment_amount, 150, p -> Texts.money(p.getAmount()));
        column(Messages.Payment_daysLate, 130, p -> Long.toString(daysLate(p)));
        column(Messages.Payment_interest, 150, p -> Texts.money(interest(p)));

        Composite c = kit.createComposite(body);
        c.setLayout(new GridLayout(8, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
        kit.createLabel(c, Messages.Payment_receipt);
        receipt = kit.createText(c, "", SWT.BORDER); //$NON-NLS-1$
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(receipt);
        kit.createLabel(c, Messages.Payment_dateFormat);
        paidOn = kit.createText(c, "", SWT.BORDER); //$NON-NLS-1$
        GridDataFactory.fillDefaults().hint(100, SWT.DEFAULT).applyTo(paidOn);
        kit.createLabel(c, Messages.Payment_amount);
        amount = kit.createText(c, "", SWT.BORDER); //$NON-NLS-1$
        GridDataFactory.fillDefaults().hint(120, SWT.DEFAULT).applyTo(amount);
        add = kit.createButton(c, Messages.Common_add, SWT.PUSH);
        add.addListener(SWT.Selection, e -> addPayment());
        Button remove = kit.createButton(c, Messages.Common_remove, SWT.PUSH);
        remove.addListener(SWT.Selection, e -> {
            Object p = ((IStructuredSelection) payments.getSelection()).getFirstElement();
            if (p != null && editor.record().getDecision() != null) {
                editor.record().getDecision().getPayments().remove(p);
                editor.modelChanged();
            }
        });
        addError = kit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        addError.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(addError);
    }

    private interface PText {
        String of(Payment p);
    }

    private void column(String title, int width, PText text) {
        TableViewerColumn col = new TableViewerColumn(payments, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((Payment) element);
            }
        });
    }

    private long daysLate(Payment p) {
        SanctionDecision d = editor.record().getDecision();
        try {
            LocalDate dueDate = d == null ? null : editor.rules().paymentDue(d);
            return dueDate == null || p.getPaidOn() == null ? 0 : editor.rules().book().payments().daysLate(dueDate, p.getPaidOn());
        } catch (RuleViolation e) {
            return 0;
        }
    }

    private long interest(Payment p) {
        SanctionDecision d = editor.record().getDecision();
        try {
            return d == null ? 0 : editor.rules().lateInterest(d, p);
        } catch (RuleViolation e) {
            return 0;
        }
    }

    /** Adds the payment typed in the fields below the table; a bad field is named and nothing added. */
    public void addPayment() {
        SanctionDecision d = editor.record().getDecision();
        if (d == null) {
            addError.setText(Messages.Payment_noDecision);
            return;
        }
        try {
            LocalDate date = Texts.parseDate(paidOn.getText(), Messages.Payment_date);
            if (date == null) {
                throw new IllegalArgumentException(NLS.bind(Messages.Input_required, Messages.Payment_date));
            }
            long vnd = Texts.parseMoney(amount.getText(), Messages.Payment_amount);
            Payment p = InspectionFactory.eINSTANCE.createPayment();
            p.setReceipt(receipt.getText().strip());
            p.setPaidOn(date);
            p.setAmount(vnd);
            d.getPayments().add(p);
            addError.setText(""); //$NON-NLS-1$
            receipt.setText(""); //$NON-NLS-1$
            paidOn.setText(""); //$NON-NLS-1$
            amount.setText(""); //$NON-NLS-1$
            editor.modelChanged();
        } catch (IllegalArgumentException e) {
            addError.setText(e.getMessage());
        }
        addError.getParent().layout();
    }

    @Override
    void refreshComputed() {
        SanctionDecision d = editor.record().getDecision();
        if (d == null) {
            due.setText(Messages.Payment_noDecision);
            balance.setText(""); //$NON-NLS-1$
            payments.setInput(new Object[0]);
        } else {
            try {
                LocalDate dueDate = editor.rules().paymentDue(d);
                due.setText(dueDate == null ? Messages.Payment_dueUnknown : NLS.bind(Messages.Payment_due, Texts.date(dueDate)));
            } catch (RuleViolation e) {
                due.setText(e.message(Texts.locale()));
            }
            long paid = CaseRules.paid(d);
            balance.setText(NLS.bind(Messages.Payment_balance,
                    new Object[] { Texts.money(d.getTotal()), Texts.money(paid), Texts.money(Math.max(0, d.getTotal() - paid)) }));
            payments.setInput(d.getPayments().toArray());
        }
        due.getParent().layout();
    }

    // for tests
    public Text receiptField() {
        return receipt;
    }

    public Text paidOnField() {
        return paidOn;
    }

    public Text amountField() {
        return amount;
    }

    public Button addButton() {
        return add;
    }

    public TableViewer paymentsViewer() {
        return payments;
    }

    public Label balanceLabel() {
        return balance;
    }

    public Label dueLabel() {
        return due;
    }
}
