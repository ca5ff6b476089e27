package vn.egov.workbench.architecture.editor.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditor;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.samples.Template;
import vn.egov.workbench.architecture.samples.Templates;

/** Opening models for the File menu, the Models view and the recent files; errors go to the user, not a log. */
public final class OpenModels {

    /** The template File › Open Sample opens. */
    public static final String SAMPLE_ID = "kontum-2.0"; //$NON-NLS-1$

    private OpenModels() {
    }

    /** Opens a model file in its editor; a file that cannot be read is reported and left out of the recent list. */
    public static ModelEditor openFile(IWorkbenchWindow window, Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                RecentFiles.remove(file);
                throw new java.io.FileNotFoundException(file.toString());
            }
            ModelDocument document = ModelDocuments.getDefault().open(file);
            RecentFiles.add(document.getFile());
            return ModelEditor.open(window.getActivePage(), document);
        } catch (Exception e) {
            MessageDialog.openError(window.getShell(), Messages.Open_failedTitle,
                    NLS.bind(Messages.Open_failed, file, e.getMessage()));
            return null;
        }
    }

    /** A new, not yet saved model from a template, open in its editor. */
    public static ModelEditor openNew(IWorkbenchWindow window, Template template) {
        try {
            Architecture model = Templates.newModel(template);
            ModelDocument document = ModelDocuments.getDefault().adopt(model, null);
            return ModelEditor.open(window.getActivePage(), document);
        } catch (PartInitException e) {
            ILog.of(OpenModels.class).log(Status.error("Cannot open the editor", e)); //$NON-NLS-1$
            return null;
        } catch (Exception e) {
            // the template file could not be read (the samples bundle's checked load exception)
            MessageDialog.openError(window.getShell(), Messages.Open_failedTitle,
                    NLS.bind(Messages.Open_failed, template.name(Locale.getDefault()), e.getMessage()));
            return null;
        }
    }

    /** The Kon Tum sample as a new model (the shipped file stays untouched). */
    public static ModelEditor openSample(IWorkbenchWindow window) {
        Optional<Template> sample = Templates.find(SAMPLE_ID);
        if (sample.isEmpty()) {
            MessageDialog.openError(window.getShell(), Messages.Open_failedTitle, NLS.bind(Messages.Open_noSample, SAMPLE_ID));
            return null;
        }
        return openNew(window, sample.get());
    }
}
