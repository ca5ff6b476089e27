package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.plugin.AbstractUIPlugin;

import vn.egov.workbench.architecture.editing.IModelDocumentListener;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;

/**
 * The Architecture perspective's left view: links to open the Kon Tum sample, a new model or a file, and the open
 * models (double-click shows a model's editor). With {@code -Dvn.egov.workbench.openSample=true} the sample opens at
 * start-up (the screenshot script uses it).
 */
public class ModelsView extends ViewPart implements IModelDocumentListener {

    public static final String OPEN_SAMPLE_PROPERTY = "vn.egov.workbench.openSample"; //$NON-NLS-1$

    private TableViewer list;
    private Image icon;
    private static boolean sampleOpened;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new GridLayout(1, false));
        Link links = new Link(area, SWT.WRAP);
        links.setText(Messages.Models_links);
        links.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        links.addListener(SWT.Selection, e -> run(e.text));
        list = new TableViewer(area, SWT.SINGLE | SWT.BORDER | SWT.V_SCROLL);
        list.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        list.setContentProvider(ArrayContentProvider.getInstance());
        icon = AbstractUIPlugin.imageDescriptorFromPlugin(ModelEditor.BUNDLE_ID, "icons/model16.png").createImage(); //$NON-NLS-1$
        list.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                ModelDocument d = (ModelDocument) element;
                return (d.isDirty() ? "*" : "") + d.getName(); //$NON-NLS-1$ //$NON-NLS-2$
            }

            @Override
            public Image getImage(Object element) {
                return icon;
            }
        });
        list.addDoubleClickListener(e -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof ModelDocument d) {
                try {
                    ModelEditor.open(getSite().getPage(), d);
                } catch (PartInitException ex) {
                    ILog.of(getClass()).log(Status.error("Cannot open the model editor", ex)); //$NON-NLS-1$
                }
            }
        });
        ModelDocuments.getDefault().addListener(this);
        refresh();
        if (Boolean.getBoolean(OPEN_SAMPLE_PROPERTY) && !sampleOpened) {
            sampleOpened = true;
            area.getDisplay().asyncExec(() -> OpenModels.openSample(getSite().getWorkbenchWindow()));
        }
    }

    private void run(String command) {
        String id = switch (command) {
            case "sample" -> "vn.egov.workbench.architecture.editor.openSample"; //$NON-NLS-1$ //$NON-NLS-2$
            case "new" -> "vn.egov.workbench.architecture.editor.newModel"; //$NON-NLS-1$ //$NON-NLS-2$
            default -> "vn.egov.workbench.architecture.editor.openModel"; //$NON-NLS-1$
        };
        try {
            getSite().getService(IHandlerService.class).executeCommand(id, null);
        } catch (Exception e) {
            ILog.of(getClass()).log(Status.error("Cannot run " + id, e)); //$NON-NLS-1$
        }
    }

    private void refresh() {
        if (list != null && !list.getControl().isDisposed()) {
            list.setInput(ModelDocuments.getDefault().getDocuments());
        }
    }

    @Override
    public void documentChanged(ModelDocument document, Change change) {
        if (change != Change.PROBLEMS) {
            refresh();
        }
    }

    public TableViewer getViewer() {
        return list;
    }

    @Override
    public void setFocus() {
        list.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ModelDocuments.getDefault().removeListener(this);
        if (icon != null) {
            icon.dispose();
        }
        super.dispose();
    }
}
