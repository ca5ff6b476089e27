package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.rules.RoundStatus;
import vn.egov.workbench.inspection.rules.StatusTransitions;
import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * Creates or edits an inspection round. Checks as the user types (required fields, dates, the end
 * not before the start); the status offers only the current one and those the law allows next.
 * OK saves through the store; a refused save (conflict, rule) keeps the dialog open with the reason.
 */
public class RoundDialog extends TitleAreaDialog {

    private final InspectionRound round;
    private final RoundStatus storedStatus;
    private final List<RoundStatus> statuses = new ArrayList<>();
    private Text number;
    private Text date;
    private Text title;
    private Text basis;
    private Text leading;
    private Text partners;
    private Text plannedStart;
    private Text plannedEnd;
    private Text actualStart;
    private Text actualEnd;
    private Combo status;

    /** @param round the round to edit (a copy is edited), or null for a new one */
    public RoundDialog(Shell parent, InspectionRound round) {
        super(parent);
        this.round = round == null ? InspectionFactory.eINSTANCE.createInspectionRound() : EcoreUtil.copy(round);
        this.storedStatus = round == null ? null : round.getStatus();
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(round.getId() == 0 ? Messages.RoundDialog_newTitle : Messages.RoundDialog_editTitle);
        setTitle(round.getId() == 0 ? Messages.RoundDialog_newTitle : Messages.RoundDialog_editTitle);
        setMessage(Messages.RoundDialog_message);
        Composite c = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        c.setLayout(new GridLayout(4, false));
        number = field(c, Messages.Round_number, round.getDecisionNumber(), 1);
        date = field(c, Messages.Round_date, Texts.date(round.getDecisionDate()), 1);
        title = field(c, Messages.Round_title, round.getTitle(), 3);
        basis = field(c, Messages.Round_legalBasis, round.getLegalBasis(), 3);
        leading = field(c, Messages.Round_leadingBody, round.getLeadingBody(), 3);
        new Label(c, SWT.NONE).setText(Messages.Round_partnersOnePerLine);
        partners = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        partners.setText(String.join("\n", round.getPartnerBodies())); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(420, 60).applyTo(partners);
        partners.addModifyListener(e -> validate());
        plannedStart = field(c, Messages.Round_plannedStart, Texts.date(round.getPlannedStart()), 1);
        plannedEnd = field(c, Messages.Round_plannedEnd, Texts.date(round.getPlannedEnd()), 1);
        actualStart = field(c, Messages.Round_actualStart, Texts.date(round.getActualStart()), 1);
        actualEnd = field(c, Messages.Round_actualEnd, Texts.date(round.getActualEnd()), 1);
        new Label(c, SWT.NONE).setText(Messages.Round_status);
        status = new Combo(c, SWT.READ_ONLY);
        if (storedStatus == null) {
            statuses.add(RoundStatus.PLANNED);
        } else {
            statuses.add(storedStatus);
            statuses.addAll(StatusTransitions.next(storedStatus));
        }
        for (RoundStatus s : statuses) {
            status.add(Texts.status(s));
        }
        status.select(0);
        status.addListener(SWT.Selection, e -> validate());
        return area;
    }

    private Text field(Composite c, String label, String value, int span) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(Texts.nonNull(value));
        GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(span == 1 ? 140 : 420, SWT.DEFAULT).applyTo(t);
        t.addModifyListener(e -> validate());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** Applies the fields to the round; returns the first problem, or null. */
    private String apply() {
        try {
            if (number.getText().isBlank()) {
                return NLS.bind(Messages.Input_required, Messages.Round_number);
            }
            LocalDate decided = Texts.parseDate(date.getText(), Messages.Round_date);
            if (decided == null) {
                return NLS.bind(Messages.Input_required, Messages.Round_date);
            }
            LocalDate ps = Texts.parseDate(plannedStart.getText(), Messages.Round_plannedStart);
            LocalDate pe = Texts.parseDate(plannedEnd.getText(), Messages.Round_plannedEnd);
            LocalDate as = Texts.parseDate(actualStart.getText(), Messages.Round_actualStart);
            LocalDate ae = Texts.parseDate(actualEnd.getText(), Messages.Round_actualEnd);
            if (ps != null && pe != null && pe.isBefore(ps)) {
                return NLS.bind(Messages.Input_endBeforeStart, Messages.Round_plannedEnd, Messages.Round_plannedStart);
            }
            if (as != null && ae != null && ae.isBefore(as)) {
                return NLS.bind(Messages.Input_endBeforeStart, Messages.Round_actualEnd, Messages.Round_actualStart);
            }
            if (ps != null && ps.isBefore(decided)) {
                return NLS.bind(Messages.Input_endBeforeStart, Messages.Round_plannedStart, Messages.Round_date);
            }
            round.setDecisionNumber(number.getText().strip());
            round.setDecisionDate(decided);
            round.setTitle(title.getText().strip());
            round.setLegalBasis(basis.getText().strip());
            round.setLeadingBody(leading.getText().strip());
            round.getPartnerBodies().clear();
            Arrays.stream(partners.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()) //$NON-NLS-1$
                    .forEach(round.getPartnerBodies()::add);
            round.setPlannedStart(ps);
            round.setPlannedEnd(pe);
            round.setActualStart(as);
            round.setActualEnd(ae);
            RoundStatus s = statuses.get(Math.max(0, status.getSelectionIndex()));
            if ((s == RoundStatus.ON_SITE || s.compareTo(RoundStatus.ON_SITE) > 0) && as == null) {
                return NLS.bind(Messages.Input_requiredForStatus, Messages.Round_actualStart, Texts.status(s));
            }
            round.setStatus(s);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void validate() {
        if (status == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String problem = apply();
        setErrorMessage(problem);
        getButton(IDialogConstants.OK_ID).setEnabled(problem == null);
    }

    @Override
    protected void okPressed() {
        String problem = apply();
        if (problem != null) {
            setErrorMessage(problem);
            return;
        }
        try {
            StoreSession.get().store().saveRound(round, StoreSession.get().actor());
        } catch (StoreException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** For tests: the text fields by label order and the OK button. */
    public Text numberField() {
        return number;
    }

    public Text[] fields() {
        return new Text[] { number, date, title, basis, leading, partners, plannedStart, plannedEnd, actualStart, actualEnd };
    }

    public Combo statusCombo() {
        return status;
    }

    public org.eclipse.swt.widgets.Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    public void pressOk() {
        okPressed();
    }

    public InspectionRound round() {
        return round;
    }
}
