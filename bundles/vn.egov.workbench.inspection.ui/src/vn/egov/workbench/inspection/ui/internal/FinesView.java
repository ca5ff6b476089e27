package vn.egov.workbench.inspection.ui.internal;

import java.text.DecimalFormat;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.part.ViewPart;

import vn.egov.workbench.inspection.store.FineTotal;
import vn.egov.workbench.inspection.store.StoreQueries;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * Fines by year, sector or status: decisions, total, collected and outstanding in a table, and a
 * stacked bar chart (SWTChart) of collected and outstanding in millions of VND.
 */
public class FinesView extends ViewPart {

    private static final double MILLION = 1_000_000d;

    private Combo groupBy;
    private Label summary;
    private Chart chart;
    private TableViewer table;
    private Color collectedColor;
    private Color outstandingColor;
    private List<FineTotal> totals = List.of();
    private List<FineGroups.Group> groups = List.of();
    private final Runnable reload = this::reloadLater;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, false));
        collectedColor = new Color(46, 125, 50);
        outstandingColor = new Color(198, 40, 40);
        new Label(parent, SWT.NONE).setText(Messages.Fines_groupBy);
        groupBy = new Combo(parent, SWT.READ_ONLY);
        groupBy.setItems(Messages.Fines_byYear, Messages.Case_sector, Messages.Case_status);
        groupBy.select(0);
        groupBy.addListener(SWT.Selection, e -> show());
        summary = new Label(parent, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
        table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Fines_group, 110, SWT.LEFT, g -> g.label());
        column(Messages.Fines_decisions, 115, SWT.RIGHT, g -> Integer.toString(g.decisions()));
        column(Messages.Case_total, 130, SWT.RIGHT, g -> Texts.money(g.total()));
        column(Messages.Fines_collected, 130, SWT.RIGHT, g -> Texts.money(g.collected()));
        column(Messages.Fines_outstanding, 130, SWT.RIGHT, g -> Texts.money(g.outstanding()));

        chart = new Chart(sash, SWT.NONE);
        chart.getTitle().setText(Messages.Fines_chartTitle);
        chart.getAxisSet().getXAxis(0).getTitle().setText(""); //$NON-NLS-1$
        chart.getAxisSet().getYAxis(0).getTitle().setText(Messages.Fines_millions);
        chart.getAxisSet().getYAxis(0).getTick().setFormat(new DecimalFormat("#,##0.#")); //$NON-NLS-1$
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getLegend().setPosition(SWT.BOTTOM);
        sash.setWeights(55, 45);
        StoreSession.get().addListener(reload);
        refresh();
    }

    private interface GText {
        String of(FineGroups.Group g);
    }

    private void column(String title, int width, int align, GText text) {
        TableViewerColumn col = new TableViewerColumn(table, align);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((FineGroups.Group) element);
            }
        });
    }

    /** Reads the totals in a Job. */
    public void refresh() {
        summary.setText(Messages.Common_loading);
        StoreJob.start(Messages.Fines_loading, table.getControl(), store -> new StoreQueries(store).fineTotals(), list -> {
            totals = list;
            show();
        }, summary::setText);
    }

    /** Groups the totals as chosen and shows them in the table, the summary and the chart. */
    private void show() {
        FineGroups.By by = FineGroups.By.values()[Math.max(0, groupBy.getSelectionIndex())];
        groups = FineGroups.of(totals, by);
        FineGroups.Group all = FineGroups.sum(groups, Messages.Fines_all);
        table.setInput(groups);
        summary.setText(NLS.bind(Messages.Fines_summary, new Object[] { all.decisions(), Texts.money(all.total()),
                Texts.money(all.collected()), Texts.money(all.outstanding()) }));
        String[] labels = groups.stream().map(FineGroups.Group::label).toArray(String[]::new);
        double[] collected = groups.stream().mapToDouble(g -> g.collected() / MILLION).toArray();
        double[] outstanding = groups.stream().mapToDouble(g -> g.outstanding() / MILLION).toArray();
        for (var s : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(s.getId());
        }
        IAxis x = chart.getAxisSet().getXAxis(0);
        x.setCategorySeries(labels.length == 0 ? new String[] { "" } : labels); //$NON-NLS-1$
        bars("collected", Messages.Fines_collected, collected, collectedColor); //$NON-NLS-1$
        bars("outstanding", Messages.Fines_outstanding, outstanding, outstandingColor); //$NON-NLS-1$
        chart.getAxisSet().adjustRange();
        chart.redraw();
        summary.getParent().layout();
    }

    private void bars(String id, String name, double[] values, Color color) {
        IBarSeries<?> bars = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        bars.setDescription(name);
        bars.setYSeries(values);
        bars.setBarColor(color);
        bars.enableStack(true);
    }

    private void reloadLater() {
        if (table != null && !table.getControl().isDisposed()) {
            table.getControl().getDisplay().asyncExec(() -> {
                if (!table.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    public List<FineGroups.Group> groups() {
        return groups;
    }

    public String summaryText() {
        return summary.getText();
    }

    public Combo groupByCombo() {
        return groupBy;
    }

    public TableViewer table() {
        return table;
    }

    public Chart chart() {
        return chart;
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }

    @Override
    public void dispose() {
        StoreSession.get().removeListener(reload);
        collectedColor.dispose();
        outstandingColor.dispose();
        super.dispose();
    }
}
