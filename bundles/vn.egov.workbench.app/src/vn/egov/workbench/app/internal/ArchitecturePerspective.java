package vn.egov.workbench.app.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import vn.egov.workbench.app.WorkbenchIds;

/** Architects: the model tree on the left, editors and diagrams in the middle, properties below. */
public class ArchitecturePerspective implements IPerspectiveFactory {

    @Override
    public void createInitialLayout(IPageLayout layout) {
        String editors = layout.getEditorArea();
        IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.25f, editors); //$NON-NLS-1$
        left.addView(WorkbenchIds.MODEL_TREE_VIEW);
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.7f, editors); //$NON-NLS-1$
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        bottom.addPlaceholder(WorkbenchIds.MODEL_PROBLEMS_VIEW);
        layout.addShowViewShortcut(WorkbenchIds.MODEL_TREE_VIEW);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(WorkbenchIds.MODEL_PROBLEMS_VIEW);
        layout.addPerspectiveShortcut(WorkbenchIds.INSPECTION_PERSPECTIVE);
    }
}
