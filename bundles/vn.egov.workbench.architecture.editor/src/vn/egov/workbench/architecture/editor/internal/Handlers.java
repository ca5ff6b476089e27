package vn.egov.workbench.architecture.editor.internal;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editing.ModelDocuments;

/** The File and Model menu commands. */
public final class Handlers {

    private Handlers() {
    }

    /** File › New model: the template wizard, then Save As. */
    public static class NewModel extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            new WizardDialog(window.getShell(), new NewModelWizard(window)).open();
            return null;
        }
    }

    /** File › Open model: a file dialog for .egov files. */
    public static class OpenModel extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.egov", "*" }); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.setFilterNames(new String[] { Messages.File_filterName, Messages.File_allFiles });
            String chosen = dialog.open();
            if (chosen != null) {
                OpenModels.openFile(window, Path.of(chosen));
            }
            return null;
        }
    }

    /** File › Open the Kon Tum sample. */
    public static class OpenSample extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            OpenModels.openSample(HandlerUtil.getActiveWorkbenchWindowChecked(event));
            return null;
        }
    }

    /** Model › Validate: the active editor's model, or every open model. */
    public static class Validate extends AbstractHandler {
        @Override
        public Object execute(ExecutionEvent event) throws ExecutionException {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
            IEditorPart editor = HandlerUtil.getActiveEditor(event);
            ModelDocument active = editor == null ? null : editor.getAdapter(ModelDocument.class);
            if (active != null) {
                active.validate();
            } else {
                ModelDocuments.getDefault().getDocuments().forEach(ModelDocument::validate);
            }
            ProblemsView.show(window.getActivePage());
            return null;
        }
    }
}
