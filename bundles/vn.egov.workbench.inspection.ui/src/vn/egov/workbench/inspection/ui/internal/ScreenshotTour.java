package vn.egov.workbench.inspection.ui.internal;

import java.io.File;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import vn.egov.workbench.inspection.store.CaseQuery;
import vn.egov.workbench.inspection.store.CaseRow;
import vn.egov.workbench.inspection.ui.InspectionUi;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * With {@code -Dvn.egov.workbench.inspection.screenshots=DIR} (releng/scripts/inspection-screenshots.sh)
 * the workbench opens the Inspection perspective, saves a PNG of the whole perspective, of each view
 * maximised and of each page of the case editor on the first 2020 case, then closes. Otherwise it does
 * nothing.
 */
public class ScreenshotTour implements IStartup {

    static final String PROPERTY = "vn.egov.workbench.inspection.screenshots"; //$NON-NLS-1$
    private static final int SETTLE_MS = 1200;

    @Override
    public void earlyStartup() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null) {
            return;
        }
        IWorkbench wb = PlatformUI.getWorkbench();
        Display display = wb.getDisplay();
        try {
            display.syncExec(() -> {
                try {
                    wb.showPerspective("vn.egov.workbench.app.perspective.inspection", wb.getActiveWorkbenchWindow()); //$NON-NLS-1$
                    wb.getActiveWorkbenchWindow().getShell().setMaximized(true);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            settle();
            shoot(display, new File(dir, "inspection-perspective.png")); //$NON-NLS-1$
            for (String id : List.of(InspectionUi.ROUNDS_VIEW, InspectionUi.CASES_VIEW, InspectionUi.DEADLINES_VIEW,
                    InspectionUi.FINES_VIEW)) {
                display.syncExec(() -> {
                    IWorkbenchPage page = wb.getActiveWorkbenchWindow().getActivePage();
                    try {
                        page.showView(id);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    IViewReference ref = page.findViewReference(id);
                    page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
                });
                settle();
                shoot(display, new File(dir, "view-" + id.substring(id.lastIndexOf('.') + 1) + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
                display.syncExec(() -> {
                    IWorkbenchPage page = wb.getActiveWorkbenchWindow().getActivePage();
                    page.setPartState(page.findViewReference(id), IWorkbenchPage.STATE_RESTORED);
                });
            }
            List<CaseRow> first = StoreSession.get().store()
                    .findCases(CaseQuery.builder().sort(CaseQuery.Sort.NUMBER, true).page(0, 1).build()).items();
            if (!first.isEmpty()) {
                AtomicReference<CaseEditor> editor = new AtomicReference<>();
                var record = StoreSession.get().store().loadCase(first.get(0).id());
                display.syncExec(() -> {
                    try {
                        IWorkbenchPage page = wb.getActiveWorkbenchWindow().getActivePage();
                        editor.set((CaseEditor) page.openEditor(new CaseEditorInput(record), InspectionUi.CASE_EDITOR));
                        page.setPartState(page.getReference(editor.get()), IWorkbenchPage.STATE_MAXIMIZED);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                for (String pageId : List.of("record", "decision", "payments", "audit")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    display.syncExec(() -> editor.get().setActivePage(pageId));
                    settle();
                    shoot(display, new File(dir, "case-editor-" + pageId + ".png")); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
        } finally {
            display.asyncExec(wb::close);
        }
    }

    /** Waits for the store jobs and lets the UI paint. */
    private static void settle() {
        try {
            Thread.sleep(300);
            Job.getJobManager().join(StoreJob.FAMILY, null);
            Thread.sleep(SETTLE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void shoot(Display display, File file) {
        display.syncExec(() -> {
            Rectangle bounds = display.getBounds();
            Image image = new Image(display, bounds.width, bounds.height);
            GC gc = new GC(display);
            try {
                gc.copyArea(image, 0, 0);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[] { image.getImageData() };
                file.getAbsoluteFile().getParentFile().mkdirs();
                loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
                System.out.println("SCREENSHOT_SAVED " + file.getAbsolutePath()); //$NON-NLS-1$
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }
}
