package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import vn.egov.workbench.inspection.ui.InspectionUi;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * Deadlines due soon and overdue, most urgent first: overdue rows red, due within a week amber.
 * Double-click opens the case.
 */
public class DeadlinesView extends ViewPart {

    private static final int MAX_CASES = 2000;

    private TableViewer viewer;
    private Label status;
    private Color overdue;
    private Color soon;
    private List<DeadlineItems.Item> items = List.of();
    private final Runnable reload = this::reloadLater;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        overdue = new Color(255, 205, 205);
        soon = new Color(255, 236, 179);
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Deadline_due, 90, i -> Texts.date(i.due()));
        column(Messages.Deadline_left, 110, i -> i.overdue() ? NLS.bind(Messages.Deadline_overdueBy, -i.daysLeft())
                : NLS.bind(Messages.Deadline_daysLeft, i.daysLeft()));
        column(Messages.Deadline_what, 110, i -> i.payment() ? Messages.Deadline_payment : Messages.Deadline_decision);
        column(Messages.Case_number, 100, i -> Texts.nonNull(i.number()));
        column(Messages.Case_violator, 220, i -> Texts.nonNull(i.violator()));
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
            if (first instanceof DeadlineItems.Item item && getSite().getPage().findView(InspectionUi.CASES_VIEW) instanceof CasesView cases) {
                cases.open(item.caseId());
            }
        });
        StoreSession.get().addListener(reload);
        refresh();
    }

    private interface IText {
        String of(DeadlineItems.Item i);
    }

    private void column(String title, int width, IText text) {
        TableViewerColumn col = new TableViewerColumn(viewer, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((DeadlineItems.Item) element);
            }

            @Override
            public Color getBackground(Object element) {
                DeadlineItems.Item i = (DeadlineItems.Item) element;
                return i.overdue() ? overdue : i.soon() ? soon : null;
            }
        });
    }

    /** Reads the open cases and computes their deadlines in a Job. */
    public void refresh() {
        status.setText(Messages.Common_loading);
        LocalDate today = LocalDate.now();
        StoreJob.start(Messages.Deadline_loading, viewer.getControl(),
                store -> DeadlineItems.of(new vn.egov.workbench.inspection.store.StoreQueries(store).openCases(MAX_CASES),
                        CaseRules.builtIn().book(), today),
                list -> {
                    items = list;
                    viewer.setInput(list);
                    long late = list.stream().filter(DeadlineItems.Item::overdue).count();
                    long near = list.stream().filter(DeadlineItems.Item::soon).count();
                    status.setText(list.isEmpty() ? Messages.Deadline_none : NLS.bind(Messages.Deadline_summary, late, near));
                    status.getParent().layout();
                }, status::setText);
    }

    private void reloadLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    public List<DeadlineItems.Item> items() {
        return items;
    }

    public TableViewer viewer() {
        return viewer;
    }

    public String statusText() {
        return status.getText();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        StoreSession.get().removeListener(reload);
        overdue.dispose();
        soon.dispose();
        super.dispose();
    }
}
