package vn.egov.workbench.export.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.export.ExportException;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExporterRegistry;

/**
 * File > Export > e-Government Workbench > Architecture model: the same exporters as {@code ./workbench export},
 * so a plug-in's format appears here without any change to this bundle.
 */
public class ArchitectureExportWizard extends Wizard implements IExportWizard {

    private ExportPage page;
    private boolean showResult = true;
    private List<Path> written = List.of();

    public ArchitectureExportWizard() {
        setWindowTitle(Messages.Wizard_title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the model is chosen on the page: there is no workspace of files to take it from
    }

    @Override
    public void addPages() {
        page = new ExportPage(ExporterRegistry.getDefault().descriptors(ExportInput.ARCHITECTURE));
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path file = page.modelFile();
        Architecture model;
        try {
            model = ModelFiles.load(file);
        } catch (Exception e) {
            page.setErrorMessage(NLS.bind(Messages.Export_cannotLoad, file, e.getMessage()));
            return false;
        }
        String base = file.getFileName().toString().replaceFirst("\\.egov$", ""); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            written = ExporterRegistry.getDefault().export(page.exporter(),
                    new ExportInput(ExportInput.ARCHITECTURE, model, base, Locale.getDefault()), page.outputFolder());
        } catch (ExportException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
        if (showResult) {
            MessageDialog.openInformation(getShell(), Messages.Wizard_title, NLS.bind(Messages.Export_done,
                    written.stream().map(Path::toString).collect(Collectors.joining("\n")))); //$NON-NLS-1$
        }
        return true;
    }

    /** For tests: no dialog after a successful export. */
    void setShowResult(boolean show) {
        showResult = show;
    }

    List<Path> written() {
        return written;
    }

    ExportPage page() {
        return page;
    }
}
