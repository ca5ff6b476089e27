package vn.egov.workbench.architecture.editor.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchWindow;

import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.samples.Template;
import vn.egov.workbench.architecture.samples.Templates;

/** File › New model: choose the Kon Tum template or the empty one; the model opens, then Save As asks where. */
public class NewModelWizard extends Wizard {

    private final IWorkbenchWindow window;
    private TemplatePage page;
    private ModelEditor created;

    public NewModelWizard(IWorkbenchWindow window) {
        this.window = window;
        setWindowTitle(Messages.NewModel_title);
    }

    @Override
    public void addPages() {
        page = new TemplatePage();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Template template = page.selected();
        if (template == null) {
            return false;
        }
        created = OpenModels.openNew(window, template);
        if (created != null && saveAsAfterFinish) {
            window.getShell().getDisplay().asyncExec(created::doSaveAs);
        }
        return created != null;
    }

    /** Tests create a model without the Save As dialog. */
    public boolean saveAsAfterFinish = true;

    public ModelEditor created() {
        return created;
    }

    public TemplatePage page() {
        return page;
    }

    /** The list of templates. */
    public static final class TemplatePage extends WizardPage {
        private TableViewer list;

        TemplatePage() {
            super("template"); //$NON-NLS-1$
            setTitle(Messages.NewModel_pageTitle);
            setDescription(Messages.NewModel_pageDescription);
        }

        @Override
        public void createControl(Composite parent) {
            Composite area = new Composite(parent, SWT.NONE);
            area.setLayout(new GridLayout(1, false));
            new Label(area, SWT.NONE).setText(Messages.NewModel_templates);
            list = new TableViewer(area, SWT.SINGLE | SWT.BORDER);
            list.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            list.setContentProvider(ArrayContentProvider.getInstance());
            list.setLabelProvider(new LabelProvider() {
                @Override
                public String getText(Object element) {
                    return ((Template) element).name(Locale.getDefault());
                }
            });
            List<Template> templates = Templates.list();
            list.setInput(templates);
            if (!templates.isEmpty()) {
                list.setSelection(new StructuredSelection(templates.get(0)));
            }
            list.addSelectionChangedListener(e -> setPageComplete(selected() != null));
            list.addDoubleClickListener(e -> {
                if (getWizard().performFinish()) {
                    getShell().close();
                }
            });
            setControl(area);
            setPageComplete(selected() != null);
        }

        public Template selected() {
            return list == null ? null : (Template) list.getStructuredSelection().getFirstElement();
        }

        public void select(Template template) {
            list.setSelection(new StructuredSelection(template));
        }
    }
}
