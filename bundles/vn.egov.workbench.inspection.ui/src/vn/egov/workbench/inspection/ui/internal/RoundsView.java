package vn.egov.workbench.inspection.ui.internal;

import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.part.ViewPart;

import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.ui.StoreSession;

/** The inspection rounds: decision, bodies, dates and status; New and Edit open the round dialog. */
public class RoundsView extends ViewPart {

    private TableViewer viewer;
    private Label status;
    private final Runnable reload = this::reloadLater;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        status = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Round_number, 120, r -> Texts.nonNull(r.getDecisionNumber()));
        column(Messages.Round_date, 110, r -> Texts.date(r.getDecisionDate()));
        column(Messages.Round_leadingBody, 200, r -> Texts.nonNull(r.getLeadingBody()));
        column(Messages.Round_partners, 280, r -> String.join("; ", r.getPartnerBodies())); //$NON-NLS-1$
        column(Messages.Round_planned, 185, r -> Texts.date(r.getPlannedStart()) + " – " + Texts.date(r.getPlannedEnd())); //$NON-NLS-1$
        column(Messages.Round_actual, 185, r -> Texts.date(r.getActualStart()) + " – " + Texts.date(r.getActualEnd())); //$NON-NLS-1$
        column(Messages.Round_status, 110, r -> Texts.status(r.getStatus()));
        viewer.addDoubleClickListener(e -> editSelected());

        Action add = new Action(Messages.Round_new) {
            @Override
            public void run() {
                edit(null);
            }
        };
        Action edit = new Action(Messages.Round_edit) {
            @Override
            public void run() {
                editSelected();
            }
        };
        // icons from the platform, the texts as tooltips: a view toolbar of bare words reads as one phrase
        Icons.decorate(add, ISharedImages.IMG_OBJ_ADD);
        Icons.decorate(edit, ISharedImages.IMG_OBJ_FILE);
        getViewSite().getActionBars().getToolBarManager().add(add);
        getViewSite().getActionBars().getToolBarManager().add(edit);
        getSite().setSelectionProvider(viewer);
        StoreSession.get().addListener(reload);
        refresh();
    }

    private interface Text {
        String of(InspectionRound r);
    }

    private void column(String title, int width, Text text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((InspectionRound) element);
            }
        });
    }

    /** Loads the rounds in a Job. */
    public void refresh() {
        status.setText(Messages.Common_loading);
        StoreJob.start(Messages.Round_loading, viewer.getControl(), store -> new vn.egov.workbench.inspection.store.StoreQueries(store).rounds(),
                this::show, this::failed);
    }

    private void show(List<InspectionRound> rounds) {
        viewer.setInput(rounds);
        status.setText(org.eclipse.osgi.util.NLS.bind(Messages.Round_count, rounds.size()));
        status.getParent().layout();
    }

    private void failed(String message) {
        status.setText(message);
        status.getParent().layout();
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

    private void editSelected() {
        Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        if (first instanceof InspectionRound r) {
            edit(r);
        }
    }

    /** Opens the round dialog on a round (null: a new one); the dialog saves through the store. */
    public RoundDialog edit(InspectionRound round) {
        RoundDialog dialog = new RoundDialog(getSite().getShell(), round);
        if (dialog.open() == Window.OK) {
            StoreSession.get().changed();
        }
        return dialog;
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
        super.dispose();
    }
}
