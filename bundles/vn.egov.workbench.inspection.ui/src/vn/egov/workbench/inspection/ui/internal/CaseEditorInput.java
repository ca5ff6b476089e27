package vn.egov.workbench.inspection.ui.internal;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;

/** A case to edit: one loaded from the store (equal by id, so it opens once), or a new one. */
public final class CaseEditorInput implements IEditorInput {

    private final ViolationRecord record;

    public CaseEditorInput(ViolationRecord record) {
        this.record = record;
    }

    /** A new case: recorded now, signed, standard kind, status recorded. */
    public static CaseEditorInput newCase() {
        ViolationRecord r = InspectionFactory.eINSTANCE.createViolationRecord();
        r.setRecordedAt(LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES));
        r.setSigned(true);
        r.setCaseKind(CaseKind.STANDARD);
        r.setStatus(CaseStatus.RECORDED);
        return new CaseEditorInput(r);
    }

    public ViolationRecord record() {
        return record;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return record.getId() == 0 ? Messages.Editor_newCase : NLS.bind(Messages.Editor_caseName, record.getNumber());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        if (o == this) {
            return true;
        }
        return o instanceof CaseEditorInput other && record.getId() != 0 && record.getId() == other.record.getId();
    }

    @Override
    public int hashCode() {
        return Long.hashCode(record.getId());
    }
}
