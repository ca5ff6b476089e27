package vn.egov.workbench.app.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import vn.egov.workbench.app.WorkbenchIds;

/** Window chrome: menus, tool bar, perspective switcher and status line. */
public class WindowAdvisor extends WorkbenchWindowAdvisor {

    public WindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ActionBarAdvisorImpl(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        Rectangle screen = Display.getCurrent().getPrimaryMonitor().getClientArea();
        configurer.setInitialSize(new Point(Math.min(1280, screen.width), Math.min(800, screen.height)));
        configurer.setShowCoolBar(true);
        configurer.setShowPerspectiveBar(true);
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setTitle(Messages.Window_title);
    }

    @Override
    public void postWindowOpen() {
        openBothPerspectives(getWindowConfigurer().getWindow());
        getWindowConfigurer().getActionBarConfigurer().getStatusLineManager().setMessage(Messages.Status_ready);
        StartupProbe.windowOpened(getWindowConfigurer().getWindow());
    }

    /**
     * The first time, both perspectives are opened so that the switcher offers Architecture and
     * Inspection side by side; afterwards the workbench restores whatever the user left open.
     */
    private static void openBothPerspectives(IWorkbenchWindow window) {
        IWorkbenchPage page = window.getActivePage();
        if (page == null || page.getOpenPerspectives().length > 1) {
            return;
        }
        IPerspectiveDescriptor first = page.getPerspective();
        for (String id : new String[] { WorkbenchIds.INSPECTION_PERSPECTIVE, WorkbenchIds.ARCHITECTURE_PERSPECTIVE }) {
            IPerspectiveDescriptor d = window.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id);
            if (d != null && (first == null || !first.getId().equals(id))) {
                page.setPerspective(d);
            }
        }
        if (first != null) {
            page.setPerspective(first);
        }
    }
}
