package vn.egov.workbench.app.internal;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;

/** Help &gt; About: product name, version and build id in a dialog of our own. */
public class AboutAction extends Action implements ActionFactory.IWorkbenchAction {

    private final IWorkbenchWindow window;

    public AboutAction(IWorkbenchWindow window) {
        super(Messages.Help_about);
        this.window = window;
        setId(ActionFactory.ABOUT.getId());
        setActionDefinitionId("org.eclipse.ui.help.aboutAction"); //$NON-NLS-1$
    }

    @Override
    public void run() {
        new AboutDialog(window.getShell()).open();
    }

    @Override
    public void dispose() {
        // nothing held
    }
}
