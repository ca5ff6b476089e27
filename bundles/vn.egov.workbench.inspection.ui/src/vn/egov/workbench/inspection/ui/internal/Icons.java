package vn.egov.workbench.inspection.ui.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.PlatformUI;

/** Gives an action one of the platform's shared images, its text becoming the tooltip. */
final class Icons {

    private Icons() {
    }

    static void decorate(Action action, String sharedImage) {
        action.setImageDescriptor(PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(sharedImage));
        action.setToolTipText(action.getText());
    }
}
