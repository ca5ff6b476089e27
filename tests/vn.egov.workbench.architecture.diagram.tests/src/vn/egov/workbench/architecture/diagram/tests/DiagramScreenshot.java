package vn.egov.workbench.architecture.diagram.tests;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.editing.ModelDocument;

/**
 * Not part of the normal test run; run with -Pscreenshot (releng/scripts/screenshot-diagram.sh). Opens the Kon Tum
 * sample's overall diagram in the workbench and saves PNGs of the window: at 100 % and zoomed to fit.
 */
class DiagramScreenshot {

    @TempDir
    Path dir;

    @Test
    void savesTheKontumOverallDiagram() throws Exception {
        Path file = Path.of(System.getProperty("screenshot.file", "kontum-overall-diagram.png"));
        Files.createDirectories(file.toAbsolutePath().getParent());
        ModelDocument document = DiagramTesting.openSampleCopy(dir);
        try {
            Shell shell = DiagramTesting.page().getWorkbenchWindow().getShell();
            shell.setBounds(0, 0, 1280, 800);
            DiagramEditor editor = DiagramTesting.open(DiagramTesting.firstDiagram(document));
            settle();
            capture(shell, file);
            editor.zoomToFit();
            settle();
            capture(shell, file.resolveSibling(file.getFileName().toString().replace(".png", "-fit.png")));
            System.out.println("SCREENSHOT " + file.toAbsolutePath());
        } finally {
            DiagramTesting.closeAll(document);
        }
    }

    private static void settle() throws InterruptedException {
        for (int i = 0; i < 20; i++) {
            DiagramTesting.runEvents();
            Thread.sleep(50);
        }
    }

    private static void capture(Shell shell, Path file) {
        Display display = shell.getDisplay();
        Rectangle r = shell.getBounds();
        Image image = new Image(display, r.width, r.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, r.x, r.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
