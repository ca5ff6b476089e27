package vn.egov.workbench.export.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

import vn.egov.workbench.extensions.ContributionFault;
import vn.egov.workbench.extensions.ContributionFaults;

/**
 * Shows the user each plug-in contribution that was switched off, once: faults found close together (a registry
 * read on first use finds all of its faults at once) go into one dialog. The platform log has the stack traces.
 */
public class FaultNotifier implements IStartup {

    private final List<ContributionFault> pending = new ArrayList<>();

    @Override
    public void earlyStartup() {
        IWorkbench workbench = PlatformUI.getWorkbench();
        ContributionFaults faults = ContributionFaults.getDefault();
        faults.addListener(f -> queue(workbench, f));
        faults.all().forEach(f -> queue(workbench, f)); // found before this ran
    }

    private void queue(IWorkbench workbench, ContributionFault fault) {
        synchronized (pending) {
            if (pending.contains(fault)) {
                return;
            }
            pending.add(fault);
            if (pending.size() > 1) {
                return; // a dialog is already scheduled
            }
        }
        Display display = workbench.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> show(workbench));
        }
    }

    private void show(IWorkbench workbench) {
        String text;
        synchronized (pending) {
            text = pending.stream().map(ContributionFault::toString).collect(Collectors.joining("\n\n")); //$NON-NLS-1$
            pending.clear();
        }
        if (workbench.isClosing()) {
            return;
        }
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        Shell shell = window == null ? null : window.getShell();
        MessageDialog.openWarning(shell, Messages.Faults_title, NLS.bind(Messages.Faults_message, text));
    }
}
