package vn.egov.workbench.architecture.editor;

import java.lang.ref.WeakReference;
import java.nio.file.Files;
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
 * <p>
 * The workbench keeps inputs after their editors close (the editor history of the File menu), so an input holds its
 * document weakly and otherwise only the file: a closed model, however large, can be collected. An input whose
 * document is gone reopens the file when an editor is opened on it again.
 */
public final class ModelEditorInput implements IEditorInput, IPersistableElement {

    private final WeakReference<ModelDocument> document;
    /** The document's file when last seen, for when the document is gone. */
    private Path file;
    private String name;

    public ModelEditorInput(ModelDocument document) {
        this.document = new WeakReference<>(Objects.requireNonNull(document));
        remember(document);
    }

    /** The document, or {@code null} once it is closed (the file, if any, can then be opened again). */
    public ModelDocument getDocument() {
        ModelDocument d = document.get();
        if (d == null || d.isClosed()) {
            return null;
        }
        remember(d);
        return d;
    }

    /** The file of the document, or of the closed document when it was last seen; {@code null} for a new model. */
    public Path getFile() {
        getDocument();
        return file;
    }

    private void remember(ModelDocument d) {
        file = d.getFile();
        name = d.getName();
    }

    @Override
    public boolean exists() {
        Path f = getFile();
        return f != null && (getDocument() != null || Files.isRegularFile(f));
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return AbstractUIPlugin.imageDescriptorFromPlugin(ModelEditor.BUNDLE_ID, "icons/model16.png"); //$NON-NLS-1$
    }

    @Override
    public String getName() {
        getDocument();
        return name;
    }

    @Override
    public IPersistableElement getPersistable() {
        return getFile() == null ? null : this;
    }

    @Override
    public String getToolTipText() {
        Path f = getFile();
        return f == null ? name : f.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == ModelDocument.class) {
            return adapter.cast(getDocument());
        }
        return null;
    }

    @Override
    public String getFactoryId() {
        return ModelEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        Path f = getFile();
        if (f != null) {
            memento.putString(ModelEditorInputFactory.PATH, f.toString());
        }
    }

    /**
     * Inputs of one open document are equal; once either side's document is gone, inputs of the same file are, so
     * that the editor history's entry of a closed model brings the model's editor to the front when the file is
     * open again rather than opening a second editor on it.
     */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ModelEditorInput input)) {
            return false;
        }
        ModelDocument mine = getDocument();
        ModelDocument theirs = input.getDocument();
        if (mine != null && theirs != null) {
            return mine == theirs;
        }
        return file != null && file.equals(input.file);
    }

    /** One value for all: equality may change from the document to the file when a model closes (see equals). */
    @Override
    public int hashCode() {
        return ModelEditorInput.class.hashCode();
    }
}
