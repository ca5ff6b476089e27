package vn.egov.workbench.app.internal;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/**
 * Support for the launcher's measuring modes. With {@code -Dvn.egov.workbench.screenshot=FILE} the
 * first window is painted, the screen saved as PNG and the workbench closed; with
 * {@code -Dvn.egov.workbench.exitWhenVisible=true} it just closes. Both print
 * {@code WORKBENCH_WINDOW_VISIBLE <epoch ms>} once the window has painted, which the start-up
 * benchmark reads.
 */
final class StartupProbe {

    static final String SCREENSHOT = "vn.egov.workbench.screenshot"; //$NON-NLS-1$
    static final String EXIT_WHEN_VISIBLE = "vn.egov.workbench.exitWhenVisible"; //$NON-NLS-1$
    /** Lets menus, fonts and the window manager's frame settle before the picture is taken. */
    private static final int SETTLE_MS = 1500;

    private static long applicationStart;

    private StartupProbe() {
    }

    static void applicationStarted() {
        applicationStart = System.currentTimeMillis();
    }

    static boolean isActive() {
        return System.getProperty(SCREENSHOT) != null || Boolean.getBoolean(EXIT_WHEN_VISIBLE);
    }

    static void windowOpened(IWorkbenchWindow window) {
        if (!isActive()) {
            return;
        }
        Display display = window.getShell().getDisplay();
        display.asyncExec(() -> {
            window.getShell().update(); // the first frame is on screen when this returns
            long now = System.currentTimeMillis();
            long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
            // where the time goes: JVM start to application start is OSGi, the rest the workbench
            System.out.println("WORKBENCH_TIMINGS jvm->application " + (applicationStart - jvmStart) //$NON-NLS-1$
                    + " ms, application->window " + (now - applicationStart) + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
            System.out.println("WORKBENCH_WINDOW_VISIBLE " + now); //$NON-NLS-1$
            String file = System.getProperty(SCREENSHOT);
            if (file == null) {
                PlatformUI.getWorkbench().close();
                return;
            }
            display.timerExec(SETTLE_MS, () -> {
                save(display, new File(file));
                PlatformUI.getWorkbench().close();
            });
        });
    }

    private static void save(Display display, File file) {
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageLoader loader = new ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            File parent = file.getAbsoluteFile().getParentFile();
            if (parent != null) {
                parent.mkdirs();
            }
            loader.save(file.getAbsolutePath(), SWT.IMAGE_PNG);
            System.out.println("SCREENSHOT_SAVED " + file.getAbsolutePath()); //$NON-NLS-1$
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
