package vn.egov.workbench.example.smartcity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.part.ViewPart;

import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.rules.Vnd;

/**
 * The press articles in force today (Decree 119/2020, built-in and this plug-in's catalogue), with their fine
 * ranges: what an inspector of news websites checks.
 */
public class SmartCityView extends ViewPart {

    public static final String ID = "vn.egov.workbench.example.smartcity.view"; //$NON-NLS-1$

    private TableViewer table;

    @Override
    public void createPartControl(Composite parent) {
        table = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER);
        table.getTable().setHeaderVisible(true);
        Locale locale = Locale.getDefault();
        column(Messages.View_article, 120, a -> a.decreeId() + " " + a.ref()); //$NON-NLS-1$
        column(Messages.View_behaviour, 420, a -> a.behaviour().in(locale));
        column(Messages.View_fine, 220, a -> Vnd.format(a.organisationRange().min(), locale) + " – " //$NON-NLS-1$
                + Vnd.format(a.organisationRange().max(), locale));
        table.setContentProvider(ArrayContentProvider.getInstance());
        table.setInput(articles(LocalDate.now()));
    }

    /** The press articles in force on a date. */
    static List<Article> articles(LocalDate date) {
        return RuleBook.getDefault().catalogue().inForceOn(date).stream()
                .filter(a -> a.sector().code().equals("press")).toList(); //$NON-NLS-1$
    }

    /** The table of articles, for tests that read what the user sees. */
    public org.eclipse.swt.widgets.Table getTable() {
        return table.getTable();
    }

    List<Article> shown() {
        @SuppressWarnings("unchecked")
        List<Article> input = (List<Article>) table.getInput();
        return input;
    }

    private void column(String title, int width, java.util.function.Function<Article, String> text) {
        TableViewerColumn c = new TableViewerColumn(table, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Article) element);
            }
        });
    }

    @Override
    public void setFocus() {
        table.getControl().setFocus();
    }
}
