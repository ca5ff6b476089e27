package vn.egov.workbench.architecture.editor.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

import vn.egov.workbench.architecture.editing.ModelDocuments;
import vn.egov.workbench.architecture.editor.ModelEditorInput;

/** Reopens the models that were open when the workbench last closed; a file that went away is skipped. */
public class ModelEditorInputFactory implements IElementFactory {

    public static final String ID = "vn.egov.workbench.architecture.editor.inputFactory"; //$NON-NLS-1$
    public static final String PATH = "path"; //$NON-NLS-1$

    @Override
    public IAdaptable createElement(IMemento memento) {
        String path = memento.getString(PATH);
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            return null;
        }
        try {
            return new ModelEditorInput(ModelDocuments.getDefault().open(Path.of(path)));
        } catch (Exception e) {
            ILog.of(getClass()).log(Status.warning("Cannot reopen " + path, e)); //$NON-NLS-1$
            return null;
        }
    }
}
