package vn.egov.workbench.inspection.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import vn.egov.workbench.inspection.store.AuditEntry;

/** The case's audit log, newest first: who changed which field, when, from what to what. Read-only. */
public final class AuditPage extends CasePage {

    private TableViewer entries;
    private Label status;

    AuditPage(CaseEditor editor) {
        super(editor, "audit", Messages.Page_audit); //$NON-NLS-1$
    }

    @Override
    protected void createContent(Composite body) {
        body.setLayout(new GridLayout(1, false));
        status = kit.createLabel(body, "", SWT.NONE); //$NON-NLS-1$
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        entries = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION);
        entries.getTable().setHeaderVisible(true);
        entries.getTable().setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(entries.getControl());
        entries.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.Audit_when, 140, a -> Texts.dateTime(a.changedAt()));
        column(Messages.Audit_who, 110, a -> a.actor());
        column(Messages.Audit_field, 250, a -> a.field());
        column(Messages.Audit_old, 220, a -> Texts.nonNull(a.oldValue()));
        column(Messages.Audit_new, 220, a -> Texts.nonNull(a.newValue()));
        reload();
    }

    private interface AText {
        String of(AuditEntry a);
    }

    private void column(String title, int width, AText text) {
        TableViewerColumn col = new TableViewerColumn(entries, SWT.LEFT);
        col.getColumn().setText(title);
        col.getColumn().setWidth(width);
        col.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.of((AuditEntry) element);
            }
        });
    }

    /** Reads the log again (in a Job), e.g. after a save. */
    public void reload() {
        if (entries == null || entries.getControl().isDisposed()) {
            return;
        }
        long id = editor.record().getId();
        if (id == 0) {
            entries.setInput(new Object[0]);
            status.setText(Messages.Audit_notSaved);
            return;
        }
        status.setText(Messages.Common_loading);
        StoreJob.start(Messages.Audit_loading, entries.getControl(), store -> store.audit(id), (List<AuditEntry> list) -> {
            entries.setInput(list.reversed().toArray());
            status.setText(org.eclipse.osgi.util.NLS.bind(Messages.Audit_count, list.size()));
        }, status::setText);
    }

    @Override
    void refreshComputed() {
        // the log changes only on save (see reload)
    }

    public TableViewer entriesViewer() {
        return entries;
    }
}
