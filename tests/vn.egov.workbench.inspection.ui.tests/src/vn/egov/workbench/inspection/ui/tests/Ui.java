package vn.egov.workbench.inspection.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.ui.StoreSession;
import vn.egov.workbench.inspection.ui.internal.ConnectionSettings;
import vn.egov.workbench.inspection.ui.internal.StoreJob;

/** Drives SWT widgets as a user would (SWTBot is not on Maven Central) and waits for the store jobs. */
final class Ui {

    private static Path database;

    private Ui() {
    }

    /** A fresh embedded database (the 2020 sample loads into it) and secure storage in a temporary folder. */
    static synchronized void freshDatabase() throws Exception {
        Path dir = Files.createTempDirectory("egov-ui-test");
        database = dir.resolve("inspections");
        ConnectionSettings.useStorage(dir.resolve("secure_storage"));
        StoreSession.get().reconnect(StoreConfig.embedded(database));
        settle();
    }

    static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    static void showInspectionPerspective() throws Exception {
        PlatformUI.getWorkbench().showPerspective("vn.egov.workbench.app.perspective.inspection",
                PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        settle();
    }

    /** Runs the event loop and waits until no store job is left and no event is pending. */
    static void settle() throws InterruptedException {
        Display display = Display.getCurrent();
        for (int round = 0; round < 50; round++) {
            while (display.readAndDispatch()) {
                // keep dispatching
            }
            Job.getJobManager().join(StoreJob.FAMILY, null);
            boolean events = false;
            while (display.readAndDispatch()) {
                events = true;
            }
            if (!events && Job.getJobManager().find(StoreJob.FAMILY).length == 0) {
                return;
            }
        }
    }

    static void type(Text text, String value) {
        text.setFocus();
        text.setText(value); // fires Modify, as typing does
    }

    static void select(Combo combo, int index) {
        combo.select(index);
        combo.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    /** Selects the item whose text starts with {@code prefix}; fails if there is none. */
    static void select(Combo combo, String prefix) {
        String[] items = combo.getItems();
        for (int i = 0; i < items.length; i++) {
            if (items[i].startsWith(prefix)) {
                select(combo, i);
                return;
            }
        }
        throw new AssertionError("no item starting with " + prefix + " in " + String.join(" | ", items));
    }

    static void click(Button button) {
        if ((button.getStyle() & (SWT.CHECK | SWT.RADIO)) != 0) {
            button.setSelection(!button.getSelection());
        }
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }

    static void spin(Spinner spinner, int value) {
        spinner.setSelection(value);
        spinner.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
