package vn.egov.workbench.architecture.editor.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

import vn.egov.workbench.architecture.editing.IElementRevealer;
import vn.egov.workbench.architecture.editing.IModelDocumentListener;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.Severity;

/**
 * The problems of the open architecture models from their last validation (on save, or Model › Validate): severity,
 * element, message, rule and model. Double-click shows the element in every open editor of its model (the tree
 * selects it, a diagram selects its figures).
 */
public class ProblemsView extends ViewPart implements IModelDocumentListener {

    public static final String ID = "vn.egov.workbench.architecture.editor.problems"; //$NON-NLS-1$

    /** One row: a problem of a model. */
    public record Row(ModelDocument document, Problem problem) {
    }

    private TableViewer table;

    @Override
    public void createPartControl(Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        area.setLayout(layout);
        table = new TableViewer(area, SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(layout, Messages.Problems_severity, 12, new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return severity(((Row) e).problem().severity());
            }

            @Override
            public Image getImage(Object e) {
                return icon(((Row) e).problem().severity());
            }
        });
        column(layout, Messages.Problems_element, 25, text(r -> r.problem().elementLabel(Locale.getDefault())));
        column(layout, Messages.Problems_message, 45, text(r -> r.problem().message(Locale.getDefault())));
        column(layout, Messages.Problems_rule, 15, text(r -> r.problem().ruleId()));
        column(layout, Messages.Problems_model, 12, text(r -> r.document().getName()));
        table.addDoubleClickListener(e -> {
            if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof Row row) {
                reveal(row);
            }
        });
        getSite().setSelectionProvider(table);
        Action validate = new Action(Messages.Action_validateAll) {
            @Override
            public void run() {
                ModelDocuments.getDefault().getDocuments().forEach(ModelDocument::validate);
            }
        };
        validate.setImageDescriptor(org.eclipse.ui.plugin.AbstractUIPlugin.imageDescriptorFromPlugin(ModelEditor.BUNDLE_ID,
                "icons/validate16.png")); //$NON-NLS-1$
        getViewSite().getActionBars().getToolBarManager().add(validate);
        getViewSite().getActionBars().getMenuManager().add(validate);
        ModelDocuments.getDefault().addListener(this);
        refresh();
    }

    private static ColumnLabelProvider text(java.util.function.Function<Row, String> f) {
        return new ColumnLabelProvider() {
            @Override
            public String getText(Object e) {
                return f.apply((Row) e);
            }
        };
    }

    private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.LEFT);
        c.getColumn().setText(title);
        c.setLabelProvider(labels);
        layout.setColumnData(c.getColumn(), new ColumnWeightData(weight, 60));
    }

    static String severity(Severity s) {
        return switch (s) {
            case ERROR -> Messages.Problems_error;
            case WARNING -> Messages.Problems_warning;
            case INFO -> Messages.Problems_info;
        };
    }

    static Image icon(Severity s) {
        String key = switch (s) {
            case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
            case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
            case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    /** The rows of every open model, errors first within a model. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (ModelDocument d : ModelDocuments.getDefault().getDocuments()) {
            for (Problem p : d.getProblems().all()) {
                rows.add(new Row(d, p));
            }
        }
        return rows;
    }

    public TableViewer getViewer() {
        return table;
    }

    private void refresh() {
        if (table != null && !table.getControl().isDisposed()) {
            List<Row> rows = rows();
            table.setInput(rows);
            long errors = rows.stream().filter(r -> r.problem().isError()).count();
            setContentDescription(NLS.bind(Messages.Problems_summary, errors, rows.size() - errors));
        }
    }

    @Override
    public void documentChanged(ModelDocument document, Change change) {
        if (change == Change.PROBLEMS || change == Change.CLOSED) {
            refresh();
        }
    }

    /** Shows the problem's element in the open editors of its model; opens the tree editor when none shows it. */
    public void reveal(Row row) {
        EObject element = row.problem().element();
        if (element == null) {
            return;
        }
        IWorkbenchPage page = getSite().getPage();
        boolean shown = false;
        for (IEditorReference ref : page.getEditorReferences()) {
            IEditorPart editor = ref.getEditor(true);
            IElementRevealer revealer = editor == null ? null : editor.getAdapter(IElementRevealer.class);
            if (revealer != null && revealer.reveal(element)) {
                if (!shown) {
                    page.bringToTop(editor);
                }
                shown = true;
            }
        }
        if (!shown && !row.document().isClosed()) {
            try {
                ModelEditor.open(page, row.document()).getAdapter(IElementRevealer.class).reveal(element);
            } catch (PartInitException e) {
                ILog.of(getClass()).log(Status.error("Cannot open the model editor", e)); //$NON-NLS-1$
            }
        }
    }

    /** Opens (or shows) the Problems view without taking the focus from the editor. */
    public static void show(IWorkbenchPage page) {
        try {
            page.showView(ID, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            ILog.of(ProblemsView.class).log(Status.error("Cannot show the Problems view", e)); //$NON-NLS-1$
        }
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        ModelDocuments.getDefault().removeListener(this);
        super.dispose();
    }
}
