package vn.egov.workbench.inspection.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.store.CaseQuery;
import vn.egov.workbench.inspection.store.StoreQueries;

/**
 * The filters above the Cases table: status, sector, year, subject and a search box. The search
 * waits for a pause in typing, so that every key press does not start a query.
 */
public final class CaseFilterBar {

    private static final int TYPING_PAUSE_MS = 300;

    private final Composite bar;
    private final Combo status;
    private final Combo sector;
    private final Combo year;
    private final Combo subject;
    private final Text search;
    private final Consumer<CaseQuery> listener;
    private final List<Integer> years = new ArrayList<>();
    private final List<Long> subjectIds = new ArrayList<>();
    private int typing;

    CaseFilterBar(Composite parent, Consumer<CaseQuery> listener) {
        this.listener = listener;
        bar = new Composite(parent, SWT.NONE);
        bar.setLayout(new GridLayout(6, false)); // two rows, so that the search box fits a narrow view
        status = combo(Messages.Case_status);
        status.add(Messages.Filter_all);
        for (CaseStatus s : CaseStatus.values()) {
            status.add(Texts.status(s));
        }
        status.select(0);
        sector = combo(Messages.Case_sector);
        sector.add(Messages.Filter_all);
        for (Sector s : Texts.SECTORS) {
            sector.add(Texts.sector(s));
        }
        sector.select(0);
        year = combo(Messages.Filter_year);
        year.add(Messages.Filter_all);
        year.select(0);
        subject = combo(Messages.Filter_subject);
        subject.add(Messages.Filter_all);
        subject.select(0);
        GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(200, SWT.DEFAULT).applyTo(subject);
        new Label(bar, SWT.NONE).setText(Messages.Filter_search);
        search = new Text(bar, SWT.SEARCH | SWT.ICON_CANCEL | SWT.ICON_SEARCH);
        search.setMessage(Messages.Filter_searchHint);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(search);
        search.addModifyListener(e -> {
            int mine = ++typing;
            search.getDisplay().timerExec(TYPING_PAUSE_MS, () -> {
                if (mine == typing && !bar.isDisposed()) {
                    fire();
                }
            });
        });
        search.addListener(SWT.DefaultSelection, e -> fire());
    }

    private Combo combo(String label) {
        new Label(bar, SWT.NONE).setText(label);
        Combo c = new Combo(bar, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().hint(130, SWT.DEFAULT).applyTo(c);
        c.addListener(SWT.Selection, e -> fire());
        return c;
    }

    /** Fills the year and subject lists from the store (in a Job), keeping the current choices. */
    public void load() {
        record Choices(List<Integer> years, List<InspectedSubject> subjects) {
        }
        StoreJob.start(Messages.Case_loading, bar, store -> {
            StoreQueries q = new StoreQueries(store);
            return new Choices(q.years(), q.subjects());
        }, choices -> {
            Integer chosenYear = chosenYear();
            long chosenSubject = chosenSubject();
            years.clear();
            years.addAll(choices.years());
            year.remove(1, year.getItemCount() - 1);
            for (int y : years) {
                year.add(Integer.toString(y));
            }
            year.select(chosenYear == null || !years.contains(chosenYear) ? 0 : years.indexOf(chosenYear) + 1);
            subjectIds.clear();
            subject.remove(1, subject.getItemCount() - 1);
            for (InspectedSubject s : choices.subjects()) {
                subjectIds.add(s.getId());
                subject.add(Texts.nonNull(s.getName()));
            }
            subject.select(subjectIds.contains(chosenSubject) ? subjectIds.indexOf(chosenSubject) + 1 : 0);
        }, message -> {
            // the table shows the store's error; the filters just stay as they are
        });
    }

    private Integer chosenYear() {
        int i = year.getSelectionIndex();
        return i <= 0 ? null : years.get(i - 1);
    }

    private long chosenSubject() {
        int i = subject.getSelectionIndex();
        return i <= 0 ? 0 : subjectIds.get(i - 1);
    }

    /** The filter as chosen (sorting is the table's). */
    public CaseQuery filter() {
        int st = status.getSelectionIndex();
        int se = sector.getSelectionIndex();
        CaseQuery.Builder q = CaseQuery.builder().sector(se <= 0 ? null : Texts.SECTORS[se - 1]).year(chosenYear())
                .violator(chosenSubject() == 0 ? null : chosenSubject()).search(search.getText());
        if (st > 0) {
            q.status(CaseStatus.values()[st - 1]);
        }
        return q.build();
    }

    private void fire() {
        listener.accept(filter());
    }

    public Control control() {
        return bar;
    }

    public Combo statusCombo() {
        return status;
    }

    public Combo sectorCombo() {
        return sector;
    }

    public Combo yearCombo() {
        return year;
    }

    public Combo subjectCombo() {
        return subject;
    }

    public Text searchField() {
        return search;
    }
}
