package vn.egov.workbench.architecture.editor.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.CompoundContributionItem;

/** File › Recent models: one entry per recent file, "1 name  folder". */
public class RecentFilesMenu extends CompoundContributionItem {

    @Override
    protected IContributionItem[] getContributionItems() {
        List<Path> files = RecentFiles.list();
        IContributionItem[] items = new IContributionItem[files.size()];
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path folder = file.getParent();
            String label = "&" + (i + 1) + " " + file.getFileName() + (folder == null ? "" : "  [" + folder + "]"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            Action action = new Action(label) {
                @Override
                public void run() {
                    OpenModels.openFile(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
                }
            };
            action.setToolTipText(file.toString());
            items[i] = new ActionContributionItem(action);
        }
        return items;
    }
}
