package vn.egov.workbench.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import vn.egov.workbench.app.WorkbenchIds;

/** Inspectors: rounds on the left, cases in the middle, case editors above the cases. */
public class InspectionPerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, editors); //$NON-NLS-1$
        left.addView(WorkbenchIds.ROUNDS_VIEW);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.5f, editors); //$NON-NLS-1$
        bottom.addView(WorkbenchIds.CASES_VIEW);
        layout.addShowViewShortcut(WorkbenchIds.ROUNDS_VIEW);
        layout.addShowViewShortcut(WorkbenchIds.CASES_VIEW);
        layout.addPerspectiveShortcut(WorkbenchIds.ARCHITECTURE_PERSPECTIVE);
    }
}
