package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.RuleViolation;
import vn.egov.workbench.inspection.rules.SignerRole;

/**
 * The sanction decision: number, date, signer and role, then one line per behaviour with the range for
 * the violator, the mitigating and aggravating circumstances and the fine the law gives. The fine is
 * computed, never typed; the deadline for the decision is shown.
 */
public final class DecisionPage extends CasePage {

    private final List<SignerRole> roles = new ArrayList<>();
    private Button issued;
    private Composite fields;
    private Text number;
    private Text decidedOn;
    private Text signer;
    private Combo role;
    private Text receivedOn;
    private Label deadline;
    private Label total;
    private TableViewer lines;
    private Spinner mitigating;
    private Spinner aggravating;

    DecisionPage(CaseEditor editor) {
        super(editor, "decision", Messages.Page_decision); //$NON-NLS-1$
    }

    @Override
    protected void createContent(Composite body) {
        body.setLayout(new GridLayout(1, false));
        deadline = kit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(deadline);
        issued = kit.createButton(body, Messages.Decision_issued, SWT.CHECK);
        issued.setSelection(editor.record().getDecision() != null);
        issued.addListener(SWT.Selection, e -> setIssued(issued.getSelection()));
        fields = kit.createComposite(body);
        fields.setLayout(new GridLayout(4, false));
        GridDataFactory.fillDefaults().grab(true, false).applyTo(fields);
        SanctionDecision d = decision();
        number = text(fields, Messages.Decision_number, d == null ? "" : d.getNumber(), SWT.NONE, //$NON-NLS-1$
                t -> withDecision(x -> x.setNumber(t.strip())));
        decidedOn = text(fields, Messages.Decision_dateFormat, d == null ? "" : Texts.date(d.getDecidedOn()), SWT.NONE, //$NON-NLS-1$
                t -> {
                    LocalDate date = Texts.parseDate(t, Messages.Decision_date);
                    withDecision(x -> x.setDecidedOn(date));
                });
        signer = text(fields, Messages.Decision_signer, d == null ? "" : d.getSigner(), SWT.NONE, //$NON-NLS-1$
                t -> withDecision(x -> x.setSigner(t.strip())));
        kit.createLabel(fields, Messages.Decision_signerRole);
        role = new Combo(fields, SWT.READ_ONLY);
        kit.adapt(role);
        // the role names are long: a hint keeps the combo from widening the form past the window
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(role);
        roles.addAll(editor.rules().book().rules().roles());
        for (SignerRole r : roles) {
            role.add(r.name().in(Texts.locale()));
            if (d != null && r.code().equals(d.getSignerRole())) {
                role.select(role.getItemCount() - 1);
            }
        }
        role.addListener(SWT.Selection, e -> withDecision(x -> x.setSignerRole(roles.get(role.getSelectionIndex()).code())));
        role.addListener(SWT.Selection, e -> editor.modelChanged());
        receivedOn = text(fields, Messages.Decision_receivedOnFormat, d == null ? "" : Texts.date(d.getReceivedOn()), SWT.NONE, //$NON-NLS-1$
                t -> {
                    LocalDate date = Texts.parseDate(t, Messages.Decision_receivedOn);
                    withDecision(x -> x.setReceivedOn(date));
                });
        // finish the row, so that each list starts its own row with the text across the other three columns
        kit.createLabel(fields, ""); //$NON-NLS-1$
        kit.createLabel(fields, ""); //$NON-NLS-1$
        Text additional = text(fields, Messages.Decision_additional, d == null ? "" : String.join("\n", d.getAdditionalSanctions()), //$NON-NLS-1$ //$NON-NLS-2$
                SWT.MULTI, t -> withDecision(x -> setLines(x.getAdditionalSanctions(), t)));
        Text remedial = text(fields, Messages.Decision_remedial, d == null ? "" : String.join("\n", d.getRemedialMeasures()), //$NON-NLS-1$ //$NON-NLS-2$
                SWT.MULTI, t -> withDecision(x -> setLines(x.getRemedialMeasures(), t)));
        // the two lists get a row each, across the form
        ((GridData) additional.getLayoutData()).horizontalSpan = 3;
        ((GridData) remedial.getLayoutData()).horizontalSpan = 3;

        lines = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        lines.getTable().setHeaderVisible(true);
        lines.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(lines.getControl());
        lines.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Behaviour_article, 130, l -> l.getArticleRef() + " (" + l.getDecreeId() + ")"); //$NON-NLS-1$ //$NON-NLS-2$
        column(Messages.Line_range, 250, l -> Texts.money(l.getRangeMin()) + " – " + Texts.money(l.getRangeMax())); //$NON-NLS-1$
        column(Messages.Line_mitigating, 165, l -> Integer.toString(l.getMitigating()));
        column(Messages.Line_aggravating, 165, l -> Integer.toString(l.getAggravating()));
        column(Messages.Line_fine, 140, l -> Texts.money(l.getFine()));
        lines.addSelectionChangedListener(e -> showCircumstances());

        Composite c = kit.createComposite(body);
        c.setLayout(new GridLayout(5, false));
        kit.createLabel(c, Messages.Line_mitigating);
        mitigating = spinner(c);
        kit.createLabel(c, Messages.Line_aggravating);
        aggravating = spinner(c);
        total = kit.createLabel(c, "", SWT.NONE); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(total);
        mitigating.addListener(SWT.Selection, e -> circumstancesChanged());
        aggravating.addListener(SWT.Selection, e -> circumstancesChanged());
        enableFields();
    }

    private static void setLines(List<String> list, String text) {
        list.clear();
        Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).forEach(list::add); //$NON-NLS-1$
    }

    private Spinner spinner(Composite c) {
        Spinner s = new Spinner(c, SWT.BORDER);
        s.setMinimum(0);
        s.setMaximum(20);
        kit.adapt(s);
        return s;
    }

    private interface LText {
        String of(DecisionLine l);
    }

    private void column(String title, int width, LText text) {
        TableViewerColumn col = new TableViewerColumn(lines, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((DecisionLine) element);
            }
        });
    }

    private SanctionDecision decision() {
        return editor.record().getDecision();
    }

    private void withDecision(java.util.function.Consumer<SanctionDecision> change) {
        if (decision() != null) {
            change.accept(decision());
        }
    }

    /** Creates the decision (from the fields as typed so far) or removes it. */
    public void setIssued(boolean on) {
        ViolationRecord r = editor.record();
        if (on && r.getDecision() == null) {
            SanctionDecision d = InspectionFactory.eINSTANCE.createSanctionDecision();
            r.setDecision(d);
            d.setNumber(number.getText().strip());
            try {
                d.setDecidedOn(Texts.parseDate(decidedOn.getText(), Messages.Decision_date));
                d.setReceivedOn(Texts.parseDate(receivedOn.getText(), Messages.Decision_receivedOn));
            } catch (IllegalArgumentException e) {
                // the field shows its own error as soon as it is edited
            }
            d.setSigner(signer.getText().strip());
            if (role.getSelectionIndex() >= 0) {
                d.setSignerRole(roles.get(role.getSelectionIndex()).code());
            }
        } else if (!on) {
            r.setDecision(null);
        }
        issued.setSelection(on);
        enableFields();
        editor.modelChanged();
    }

    private void enableFields() {
        boolean on = decision() != null;
        for (org.eclipse.swt.widgets.Control c : fields.getChildren()) {
            c.setEnabled(on);
        }
        mitigating.setEnabled(on);
        aggravating.setEnabled(on);
    }

    private DecisionLine selectedLine() {
        return (DecisionLine) ((IStructuredSelection) lines.getSelection()).getFirstElement();
    }

    private void showCircumstances() {
        DecisionLine l = selectedLine();
        mitigating.setSelection(l == null ? 0 : l.getMitigating());
        aggravating.setSelection(l == null ? 0 : l.getAggravating());
    }

    private void circumstancesChanged() {
        DecisionLine l = selectedLine();
        if (l == null) {
            return;
        }
        l.setMitigating(mitigating.getSelection());
        l.setAggravating(aggravating.getSelection());
        editor.modelChanged();
    }

    @Override
    void refreshComputed() {
        ViolationRecord r = editor.record();
        SanctionDecision d = decision();
        String kind = RecordPage.kindLabel(r.getCaseKind());
        if (r.getRecordedAt() == null) {
            deadline.setText(""); //$NON-NLS-1$
        } else {
            try {
                deadline.setText(NLS.bind(Messages.Decision_deadline, Texts.date(editor.rules().decisionDeadline(r)), kind));
            } catch (RuleViolation e) {
                deadline.setText(e.message(Texts.locale()));
            }
        }
        DecisionLine selected = selectedLine();
        int index = selected == null || d == null ? -1 : d.getLines().indexOf(selected);
        lines.setInput(d == null ? new Object[0] : d.getLines().toArray());
        if (d != null && index >= 0 && index < d.getLines().size()) {
            lines.setSelection(new StructuredSelection(d.getLines().get(index)));
        }
        total.setText(d == null ? "" : NLS.bind(Messages.Decision_total, Texts.money(d.getTotal()))); //$NON-NLS-1$
        total.getParent().layout();
        deadline.getParent().layout();
    }

    // for tests
    public Button issuedButton() {
        return issued;
    }

    public Text numberField() {
        return number;
    }

    public Text decidedOnField() {
        return decidedOn;
    }

    public Text signerField() {
        return signer;
    }

    public Combo roleCombo() {
        return role;
    }

    public List<SignerRole> roles() {
        return roles;
    }

    public Text receivedOnField() {
        return receivedOn;
    }

    public TableViewer linesViewer() {
        return lines;
    }

    public Spinner mitigatingSpinner() {
        return mitigating;
    }

    public Label totalLabel() {
        return total;
    }

    public Label deadlineLabel() {
        return deadline;
    }
}
