package vn.egov.workbench.architecture.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.diagram.DiagramEditor;
import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.editor.internal.ModelTabbedPropertySheetPage;
import vn.egov.workbench.architecture.editor.internal.PropertyTab;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Diagram;

/**
 * Not part of the normal test run; run with -Pscreenshots (releng/scripts/screenshot-architecture.sh). Opens the Kon
 * Tum sample as a user would see it and saves PNGs of the workbench window into {@code -Dscreenshot.dir}: the tree
 * editor expanded, the Properties view of an application, the Problems view after validation, the overall diagram
 * (at 100 % and zoomed to fit).
 */
class ArchitectureScreenshots {

    private static final String PROBLEMS_VIEW = "vn.egov.workbench.architecture.editor.problems";

    @TempDir
    Path dir;

    @Test
    void savesTheArchitectureViews() throws Exception {
        Path out = Path.of(System.getProperty("screenshot.dir", "screenshots"));
        Files.createDirectories(out);
        ModelDocument document = DiagramTesting.openSampleCopy(dir);
        IWorkbenchPage page = DiagramTesting.page();
        Shell shell = page.getWorkbenchWindow().getShell();
        try {
            shell.setBounds(0, 0, 1280, 800);
            page.resetPerspective();
            ModelEditor editor = ModelEditor.open(page, document);
            TreeTesting.expandTwoLevels(editor);
            shell.layout(true, true);
            settle();
            editor.select(List.of(document.getModel())); // the Properties view shows the model's
            editor.getTreeViewer().getTree().setTopItem(editor.getTreeViewer().getTree().getItem(0));
            settle();
            capture(shell, out.resolve("1-model-tree.png"));

            Application app = TreeTesting.application(document.getModel());
            PropertySheet properties = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET);
            page.activate(editor);
            editor.select(List.of(app));
            settle();
            if (properties.getCurrentPage() instanceof ModelTabbedPropertySheetPage tabs) {
                tabs.showTab(PropertyTab.ATTRIBUTES);
            }
            page.activate(properties);
            page.toggleZoom(page.getReference(properties)); // all rows and tabs in view
            settle();
            capture(shell, out.resolve("2-properties-application.png"));
            page.toggleZoom(page.getReference(properties));

            // the sample is valid: three edits a hurried architect might make give the Problems view something
            TreeTesting.breakThreeRules(document);
            page.activate(editor);
            editor.validate(); // shows the Problems view
            page.showView(PROBLEMS_VIEW);
            editor.select(List.of(app));
            settle();
            capture(shell, out.resolve("3-problems.png"));

            document.getCommandStack().undo(); // the diagram as the sample has it, validated again
            document.validate();
            Diagram overall = DiagramTesting.firstDiagram(document);
            page.activate(editor);
            editor.getTreeViewer().setSelection(new StructuredSelection(overall), true);
            Tree tree = editor.getTreeViewer().getTree();
            Event doubleClick = new Event();
            doubleClick.item = tree.getSelection()[0];
            tree.notifyListeners(SWT.DefaultSelection, doubleClick);
            settle();
            assertTrue(page.getActiveEditor() instanceof DiagramEditor, "the double-click opened the diagram");
            DiagramEditor diagram = (DiagramEditor) page.getActiveEditor();
            page.toggleZoom(page.getReference(diagram));
            settle();
            capture(shell, out.resolve("4-overall-diagram.png"));
            diagram.zoomToFit();
            settle();
            capture(shell, out.resolve("5-overall-diagram-fit.png"));
            page.toggleZoom(page.getReference(diagram));
            System.out.println("SCREENSHOTS " + out.toAbsolutePath());
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
        // menu bar and client area: without a window manager the shell's bounds reach below what it paints
        Rectangle bounds = shell.getBounds();
        Rectangle client = shell.getClientArea();
        int clientTop = shell.toDisplay(client.x, client.y).y;
        Image image = new Image(display, client.width, clientTop - bounds.y + client.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { image.getImageData() };
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
