package vn.egov.workbench.architecture.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelLoadException;

/**
 * The open architecture models of the workbench (like Archi's model manager): one {@link ModelDocument} per file,
 * so the tree editor and the diagram editors of one model share one command stack. Used from the UI thread.
 */
public final class ModelDocuments {

    private static final ModelDocuments DEFAULT = new ModelDocuments();

    private final List<ModelDocument> documents = new ArrayList<>();
    private final List<IModelDocumentListener> listeners = new CopyOnWriteArrayList<>();

    /** The workbench's registry; tests may make their own with {@link #ModelDocuments()}. */
    public static ModelDocuments getDefault() {
        return DEFAULT;
    }

    public ModelDocuments() {
    }

    /**
     * The document of {@code file}: the open one if the file is open already, otherwise the model loaded from it.
     *
     * @throws ModelLoadException naming the file, line and cause; nothing is opened then
     */
    public ModelDocument open(Path file) throws ModelLoadException {
        Path normalized = file.toAbsolutePath().normalize();
        ModelDocument open = find(normalized);
        if (open != null) {
            return open;
        }
        Architecture model = ModelFiles.load(normalized);
        return add(new ModelDocument(this, model, normalized));
    }

    /**
     * Opens a model that has no file yet (new from a template or empty) or that was loaded elsewhere;
     * {@code file} may be {@code null} (the model then needs Save As).
     */
    public ModelDocument adopt(Architecture model, Path file) {
        ModelDocument existing = documentFor(model);
        if (existing != null) {
            return existing;
        }
        return add(new ModelDocument(this, model, file));
    }

    /** The document containing {@code object}, or {@code null} when the object belongs to no open model. */
    public ModelDocument documentFor(EObject object) {
        if (object == null) {
            return null;
        }
        EObject root = EcoreUtil.getRootContainer(object);
        for (ModelDocument document : documents) {
            if (document.getModel() == root) {
                return document;
            }
        }
        return null;
    }

    /** The document opened from {@code file}, or {@code null}. */
    public ModelDocument find(Path file) {
        Path normalized = file.toAbsolutePath().normalize();
        for (ModelDocument document : documents) {
            if (normalized.equals(document.getFile())) {
                return document;
            }
        }
        return null;
    }

    /** The open documents, oldest first. */
    public List<ModelDocument> getDocuments() {
        return List.copyOf(documents);
    }

    public void addListener(IModelDocumentListener listener) {
        listeners.add(listener);
    }

    public void removeListener(IModelDocumentListener listener) {
        listeners.remove(listener);
    }

    void close(ModelDocument document) {
        if (documents.remove(document)) {
            fire(document, IModelDocumentListener.Change.CLOSED);
            document.dispose();
        }
    }

    void checkNotOpenElsewhere(ModelDocument document, Path file) throws IOException {
        ModelDocument other = find(file);
        if (other != null && other != document) {
            throw new IOException(file + " is open as another model; close it first"); //$NON-NLS-1$
        }
    }

    void fire(ModelDocument document, IModelDocumentListener.Change change) {
        for (IModelDocumentListener listener : listeners) {
            try {
                listener.documentChanged(document, change);
            } catch (RuntimeException e) {
                // one broken editor must not stop the others from hearing about the change
                ILog.of(ModelDocuments.class).log(Status.error("Model listener failed: " + listener, e)); //$NON-NLS-1$
            }
        }
    }

    private ModelDocument add(ModelDocument document) {
        documents.add(document);
        fire(document, IModelDocumentListener.Change.OPENED);
        return document;
    }
}
