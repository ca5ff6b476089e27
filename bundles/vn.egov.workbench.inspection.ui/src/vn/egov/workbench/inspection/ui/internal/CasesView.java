package vn.egov.workbench.inspection.ui.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.part.ViewPart;

import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.store.CaseQuery;
import vn.egov.workbench.inspection.store.CaseRow;
import vn.egov.workbench.inspection.ui.InspectionUi;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * All cases in a virtual table: only the rows on screen are read, a page at a time, from the store's
 * paged query ({@code InspectionStore.findCases}, the query the inspection benchmark measures), so a
 * million cases open as fast as ten. Sorting (click a column) and the filters run in
 * the database; the search ignores diacritics. Double-click opens the case editor.
 */
public class CasesView extends ViewPart {

    static final int PAGE = 100;

    private TableViewer viewer;
    private CaseFilterBar filters;
    private Label status;
    private CaseQuery filter = CaseQuery.builder().build();
    private final Map<Integer, CaseRow> rows = new HashMap<>();
    private final Set<Integer> loading = new HashSet<>();
    private int generation;
    private int count;
    private final Runnable reload = this::reloadLater;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        filters = new CaseFilterBar(parent, this::filterChanged);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters.control());
        status = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new Lazy());
        column(Messages.Case_number, 110, CaseQuery.Sort.NUMBER, r -> Texts.nonNull(r.number()));
        column(Messages.Case_recordedAt, 140, CaseQuery.Sort.RECORDED_AT, r -> Texts.dateTime(r.recordedAt()));
        column(Messages.Case_violator, 260, CaseQuery.Sort.VIOLATOR, r -> Texts.nonNull(r.violatorName()));
        column(Messages.Case_sector, 130, CaseQuery.Sort.SECTOR, r -> Texts.sector(r.sector()));
        column(Messages.Case_status, 120, CaseQuery.Sort.STATUS, r -> Texts.status(r.status()));
        column(Messages.Case_total, 120, CaseQuery.Sort.TOTAL_FINE, r -> r.totalFine() == null ? "" : Texts.money(r.totalFine())); //$NON-NLS-1$
        column(Messages.Case_paid, 120, null, r -> r.totalFine() == null ? "" : Texts.money(r.paid())); //$NON-NLS-1$
        viewer.getTable().setSortColumn(viewer.getTable().getColumn(1));
        viewer.getTable().setSortDirection(SWT.DOWN);
        viewer.addDoubleClickListener(e -> openSelected());
        viewer.setInput(this);

        Action add = new Action(Messages.Case_new) {
            @Override
            public void run() {
                openEditor(CaseEditorInput.newCase());
            }
        };
        Action open = new Action(Messages.Case_open) {
            @Override
            public void run() {
                openSelected();
            }
        };
        // icons from the platform, the texts as tooltips: a view toolbar of bare words reads as one phrase
        Icons.decorate(add, ISharedImages.IMG_OBJ_ADD);
        Icons.decorate(open, ISharedImages.IMG_OBJ_FILE);
        getViewSite().getActionBars().getToolBarManager().add(add);
        getViewSite().getActionBars().getToolBarManager().add(open);
        getSite().setSelectionProvider(viewer);
        StoreSession.get().addListener(reload);
        filters.load();
        refresh();
    }

    private interface RowText {
        String of(CaseRow r);
    }

    private void column(String title, int width, CaseQuery.Sort sort, RowText text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof CaseRow r ? text.of(r) : Messages.Common_loading;
            }
        });
        if (sort != null) {
            TableColumn column = c.getColumn();
            column.addListener(SWT.Selection, e -> sortBy(column, sort));
        }
    }

    private void sortBy(TableColumn column, CaseQuery.Sort sort) {
        boolean asc = viewer.getTable().getSortColumn() == column ? viewer.getTable().getSortDirection() != SWT.UP : true;
        viewer.getTable().setSortColumn(column);
        viewer.getTable().setSortDirection(asc ? SWT.UP : SWT.DOWN);
        filter = filter.sorted(sort, asc);
        refresh();
    }

    private void filterChanged(CaseQuery fromBar) {
        filter = fromBar.sorted(filter.sort(), filter.ascending());
        refresh();
    }

    /** Counts the filtered cases in a Job, then lets the table ask for the rows it shows. */
    public void refresh() {
        int gen = ++generation;
        rows.clear();
        loading.clear();
        CaseQuery f = filter;
        status.setText(Messages.Common_loading);
        StoreJob.start(Messages.Case_loading, viewer.getControl(), store -> (int) Math.min(Integer.MAX_VALUE, store.countCases(f)), n -> {
            if (gen != generation) {
                return;
            }
            count = n;
            viewer.getTable().clearAll();
            viewer.setItemCount(n);
            status.setText(NLS.bind(Messages.Case_count, n));
        }, status::setText);
    }

    private void requestPage(int page) {
        if (!loading.add(page)) {
            return;
        }
        int gen = generation;
        CaseQuery f = filter;
        StoreJob.start(Messages.Case_loading, viewer.getControl(), store -> store.findCases(f.page(page * PAGE, PAGE)).items(),
                (List<CaseRow> page0) -> {
                    if (gen != generation) {
                        return;
                    }
                    for (int i = 0; i < page0.size(); i++) {
                        int index = page * PAGE + i;
                        if (index < count) {
                            rows.put(index, page0.get(i));
                            viewer.replace(page0.get(i), index);
                        }
                    }
                }, status::setText);
    }

    private final class Lazy implements ILazyContentProvider {
        @Override
        public void updateElement(int index) {
            CaseRow row = rows.get(index);
            if (row != null) {
                viewer.replace(row, index);
            } else {
                requestPage(index / PAGE);
            }
        }

        @Override
        public void inputChanged(Viewer v, Object oldInput, Object newInput) {
            // the rows come from the store, not from the input
        }
    }

    private void reloadLater() {
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    filters.load();
                    refresh();
                }
            });
        }
    }

    private void openSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof CaseRow row) {
            open(row.id());
        }
    }

    /** Loads the case in a Job and opens the editor on it. */
    public void open(long caseId) {
        StoreJob.start(Messages.Case_loading, viewer.getControl(), store -> store.loadCase(caseId),
                (ViolationRecord r) -> openEditor(new CaseEditorInput(r)), status::setText);
    }

    private void openEditor(CaseEditorInput input) {
        try {
            getSite().getPage().openEditor(input, InspectionUi.CASE_EDITOR);
        } catch (PartInitException e) {
            status.setText(e.getMessage());
        }
    }

    public TableViewer viewer() {
        return viewer;
    }

    public CaseFilterBar filters() {
        return filters;
    }

    public String statusText() {
        return status.getText();
    }

    /** The row at an index if it was loaded (for tests and the screenshot tour). */
    public CaseRow row(int index) {
        return rows.get(index);
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        StoreSession.get().removeListener(reload);
        super.dispose();
    }
}
