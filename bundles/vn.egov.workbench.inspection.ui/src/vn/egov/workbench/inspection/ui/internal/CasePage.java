package vn.egov.workbench.inspection.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** A page of the case editor: fields apply to the case as typed; computed values refresh after each edit. */
abstract class CasePage extends FormPage {

    protected final CaseEditor editor;
    protected FormToolkit kit;

    CasePage(CaseEditor editor, String id, String title) {
        super(editor, id, title);
        this.editor = editor;
    }

    @Override
    protected final void createFormContent(IManagedForm managedForm) {
        kit = managedForm.getToolkit();
        ScrolledForm form = managedForm.getForm();
        form.setText(getTitle() + " – " + editor.getPartName()); //$NON-NLS-1$
        kit.decorateFormHeading(form.getForm());
        createContent(form.getBody());
        refreshComputed();
        editor.showHeader(this);
    }

    protected abstract void createContent(Composite body);

    /** Shows the values the law computes (fines, deadlines, totals) again. */
    abstract void refreshComputed();

    protected Text text(Composite parent, String label, String value, int style, FieldApplier applier) {
        kit.createLabel(parent, label);
        Text t = kit.createText(parent, value == null ? "" : value, SWT.BORDER | style); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(220, (style & SWT.MULTI) != 0 ? 50 : SWT.DEFAULT).applyTo(t);
        t.addModifyListener(e -> {
            try {
                applier.apply(t.getText());
                editor.inputError(label, null);
            } catch (IllegalArgumentException ex) {
                editor.inputError(label, ex.getMessage());
            }
            editor.modelChanged();
        });
        return t;
    }

    protected Label value(Composite parent, String label) {
        kit.createLabel(parent, label);
        Label l = kit.createLabel(parent, "", SWT.WRAP); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).hint(220, SWT.DEFAULT).applyTo(l);
        return l;
    }

    @FunctionalInterface
    interface FieldApplier {
        void apply(String text);
    }
}
