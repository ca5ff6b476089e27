package vn.egov.workbench.inspection.ui.internal;

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

import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.rules.ViolatorType;

/** A new inspected subject (organisation or individual); it is saved with the case that names it. */
public class SubjectDialog extends TitleAreaDialog {

    private final InspectedSubject subject = InspectionFactory.eINSTANCE.createInspectedSubject();
    private Text name;
    private Combo type;
    private Text code;
    private Text address;
    private Combo sector;

    public SubjectDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        getShell().setText(Messages.Subject_title);
        setTitle(Messages.Subject_title);
        setMessage(Messages.Subject_message);
        Composite c = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        c.setLayout(new GridLayout(2, false));
        name = field(c, Messages.Subject_name);
        new Label(c, SWT.NONE).setText(Messages.Subject_type);
        type = new Combo(c, SWT.READ_ONLY);
        for (ViolatorType t : ViolatorType.values()) {
            type.add(t.label().in(Texts.locale()));
        }
        type.select(0);
        code = field(c, Messages.Subject_code);
        address = field(c, Messages.Subject_address);
        new Label(c, SWT.NONE).setText(Messages.Case_sector);
        sector = new Combo(c, SWT.READ_ONLY);
        for (var s : Texts.SECTORS) {
            sector.add(Texts.sector(s));
        }
        sector.select(0);
        return area;
    }

    private Text field(Composite c, String label) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
        t.addModifyListener(e -> validate());
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        if (getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        boolean ok = !name.getText().isBlank();
        setErrorMessage(ok ? null : NLS.bind(Messages.Input_required, Messages.Subject_name));
        getButton(IDialogConstants.OK_ID).setEnabled(ok);
    }

    @Override
    protected void okPressed() {
        ViolatorType t = ViolatorType.values()[type.getSelectionIndex()];
        subject.setName(name.getText().strip());
        subject.setViolatorType(t);
        if (t == ViolatorType.INDIVIDUAL) {
            subject.setIdNumber(code.getText().strip());
        } else {
            subject.setTaxCode(code.getText().strip());
        }
        subject.setAddress(address.getText().strip());
        subject.setSector(Texts.SECTORS[sector.getSelectionIndex()]);
        super.okPressed();
    }

    public InspectedSubject subject() {
        return subject;
    }
}
