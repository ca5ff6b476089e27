package vn.egov.workbench.architecture.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.plugin.AbstractUIPlugin;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.editor.internal.ModelEditorInputFactory;

/**
 * What a model editor edits: an open {@link ModelDocument}. Two inputs of the same document are equal, so opening a
 * document twice brings its editor to the front. A saved model persists its file path, so the workbench reopens it
 * on the next start.
 */
public final class ModelEditorInput implements IEditorInput, IPersistableElement {

    private final ModelDocument document;

    public ModelEditorInput(ModelDocument document) {
        this.document = Objects.requireNonNull(document);
    }

    public ModelDocument getDocument() {
        return document;
    }

    @Override
    public boolean exists() {
        return document.getFile() != null;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return AbstractUIPlugin.imageDescriptorFromPlugin(ModelEditor.BUNDLE_ID, "icons/model16.png"); //$NON-NLS-1$
    }

    @Override
    public String getName() {
        return document.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return document.getFile() == null ? null : this;
    }

    @Override
    public String getToolTipText() {
        Path file = document.getFile();
        return file == null ? document.getName() : file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ModelDocument.class) {
            return adapter.cast(document);
        }
        return null;
    }

    @Override
    public String getFactoryId() {
        return ModelEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        Path file = document.getFile();
        if (file != null) {
            memento.putString(ModelEditorInputFactory.PATH, file.toString());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelEditorInput input && input.document == document;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(document);
    }
}
