package vn.egov.workbench.export.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.export.ExporterDescriptor;

/** File > Export in the real workbench: the wizard lists the contributed exporters and writes with them. */
class ExportWizardTest {

    private static final Path SAMPLE = Path.of(System.getProperty("workbench.root"),
            "bundles/vn.egov.workbench.architecture.samples/samples/kontum-2.0.egov");

    @TempDir
    Path dir;

    @Test
    void theFileMenuHasExportAndTheDialogKnowsTheWizard() {
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        MenuItem file = Arrays.stream(shell.getMenuBar().getItems()).filter(i -> i.getText().replace("&", "")
                .equals("File")).findFirst().orElseThrow();
        Menu menu = file.getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> items = Arrays.stream(menu.getItems()).map(i -> i.getText().replace("&", "")).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        assertTrue(items.stream().anyMatch(t -> t.startsWith("Export...")), items.toString());
        assertNotNull(PlatformUI.getWorkbench().getExportWizardRegistry()
                .findWizard("vn.egov.workbench.export.ui.architecture"));
    }

    @Test
    void theWizardListsTheContributedExportersAndWritesTheChosenFormat() throws Exception {
        ArchitectureExportWizard wizard = new ArchitectureExportWizard();
        wizard.setShowResult(false);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            ExportPage page = wizard.page();
            List<String> formats = page.shownExporters().stream().map(ExporterDescriptor::format).toList();
            assertTrue(formats.containsAll(List.of("csv", "json")), formats.toString());
            assertFalse(page.isPageComplete(), "nothing chosen yet");
            page.set(SAMPLE, "json", dir);
            assertTrue(page.isPageComplete(), String.valueOf(page.getMessage()));
            assertTrue(wizard.performFinish(), String.valueOf(page.getErrorMessage()));
            assertEquals(List.of(dir.resolve("kontum-2.0.json")), wizard.written());
            assertTrue(Files.readString(dir.resolve("kontum-2.0.json")).contains("Kon Tum"));
        } finally {
            dialog.close();
        }
    }

    @Test
    void aModelThatCannotBeReadIsShownOnThePageAndNothingIsWritten() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.egov"), "<not a model");
        ArchitectureExportWizard wizard = new ArchitectureExportWizard();
        wizard.setShowResult(false);
        WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            wizard.page().set(bad, "csv", dir);
            assertFalse(wizard.performFinish());
            assertTrue(wizard.page().getErrorMessage().contains("bad.egov"), wizard.page().getErrorMessage());
            assertNull(Files.list(dir).filter(p -> p.toString().endsWith(".csv")).findAny().orElse(null));
        } finally {
            dialog.close();
        }
    }
}
