package vn.egov.workbench.inspection.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;

import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.store.StoreException;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * A case in four form pages: the violation record, the sanction decision, the payments and the audit
 * log. Every edit is applied to the case at once and the law checked again ({@link CaseRules}): the
 * fine is computed, and what is wrong shows in the form header. Save is refused while anything is
 * wrong, and goes through the store's optimistic lock: if someone else saved the case meanwhile, the
 * header says who and when and nothing is overwritten.
 */
public class CaseEditor extends FormEditor {

    private ViolationRecord record;
    private CaseStatus storedStatus;
    private final CaseRules rules = CaseRules.builtIn();
    private final Map<String, String> inputErrors = new LinkedHashMap<>();
    private List<String> problems = List.of();
    private String saveError;
    private boolean dirty;
    private RecordPage recordPage;
    private DecisionPage decisionPage;
    private PaymentsPage paymentsPage;
    private AuditPage auditPage;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof CaseEditorInput in)) {
            throw new PartInitException(NLS.bind(Messages.Editor_badInput, input));
        }
        super.init(site, input);
        record = in.record();
        storedStatus = record.getId() == 0 ? null : record.getStatus();
        setPartName(input.getName());
        rules.recompute(record);
        problems = computeProblems();
    }

    @Override
    protected void addPages() {
        try {
            recordPage = new RecordPage(this);
            decisionPage = new DecisionPage(this);
            paymentsPage = new PaymentsPage(this);
            auditPage = new AuditPage(this);
            addPage(recordPage);
            addPage(decisionPage);
            addPage(paymentsPage);
            addPage(auditPage);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
    }

    public ViolationRecord record() {
        return record;
    }

    public CaseRules rules() {
        return rules;
    }

    /** The status the case has in the store (null for a new case): the status field starts from it. */
    public CaseStatus storedStatus() {
        return storedStatus;
    }

    /** A field's text could not be read (e.g. a malformed date): shown like a broken rule until fixed. */
    void inputError(String field, String message) {
        if (message == null) {
            inputErrors.remove(field);
        } else {
            inputErrors.put(field, message);
        }
    }

    /** Called by the pages after each edit: recompute by law, check again, show, mark dirty. */
    void modelChanged() {
        rules.recompute(record);
        problems = computeProblems();
        saveError = null;
        if (!dirty) {
            dirty = true;
            firePropertyChange(PROP_DIRTY);
        }
        refreshPages();
    }

    private List<String> computeProblems() {
        List<String> all = new ArrayList<>(inputErrors.values());
        all.addAll(rules.problems(record, storedStatus));
        return all;
    }

    void refreshPages() {
        for (FormPage page : new FormPage[] { recordPage, decisionPage, paymentsPage, auditPage }) {
            if (page != null && page.getManagedForm() != null) {
                if (page instanceof CasePage cp) {
                    cp.refreshComputed();
                }
                showHeader(page);
            }
        }
    }

    void showHeader(FormPage page) {
        if (page.getManagedForm() == null || page.getManagedForm().getForm().isDisposed()) {
            return;
        }
        if (saveError != null) {
            page.getManagedForm().getForm().setMessage(saveError, IMessageProvider.ERROR);
        } else if (!problems.isEmpty()) {
            String text = problems.size() == 1 ? problems.get(0)
                    : NLS.bind(Messages.Editor_problems, problems.size(), problems.get(0));
            page.getManagedForm().getForm().setMessage(text, IMessageProvider.ERROR);
        } else {
            page.getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
        }
    }

    /** What is wrong now (empty: the case may be saved). */
    public List<String> problems() {
        return problems;
    }

    /** The message of the last refused save (a conflict, a rule, the database), or null. */
    public String saveError() {
        return saveError;
    }

    @Override
    public boolean isDirty() {
        return dirty;
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        problems = computeProblems();
        if (!problems.isEmpty()) {
            saveError = NLS.bind(Messages.Editor_saveRefused, problems.get(0));
            refreshPages();
            monitor.setCanceled(true);
            return;
        }
        List<Entity> toSave = new ArrayList<>();
        if (record.getViolator() != null && record.getViolator().getId() == 0) {
            toSave.add(record.getViolator()); // a subject created in this editor is saved with the case
        }
        toSave.add(record);
        try {
            StoreSession.get().store().saveAll(toSave, StoreSession.get().actor());
        } catch (StoreException e) {
            saveError = e.kind() == StoreException.Kind.CONFLICT ? NLS.bind(Messages.Editor_conflict, e.getMessage())
                    : NLS.bind(Messages.Editor_saveFailed, e.getMessage());
            refreshPages();
            monitor.setCanceled(true);
            return;
        }
        saveError = null;
        storedStatus = record.getStatus();
        dirty = false;
        setPartName(getEditorInput().getName());
        firePropertyChange(PROP_DIRTY);
        refreshPages();
        if (auditPage != null) {
            auditPage.reload();
        }
        StoreSession.get().changed();
    }

    @Override
    public void doSaveAs() {
        // one case, one place: Save As has no meaning here
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    public RecordPage recordPage() {
        return recordPage;
    }

    public DecisionPage decisionPage() {
        return decisionPage;
    }

    public PaymentsPage paymentsPage() {
        return paymentsPage;
    }

    public AuditPage auditPage() {
        return auditPage;
    }
}
