package vn.egov.workbench.architecture.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.internal.ModelPersistence;

/**
 * Loads and saves architecture models as {@code .egov} files; works inside and outside OSGi.
 *
 * <pre>
 * Architecture model = ModelFiles.load(Path.of("kon-tum.egov"));
 * ModelFiles.save(model, Path.of("kon-tum.egov"));
 * </pre>
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /**
     * Reads a model, migrating it from an older format version when needed. The file is never written.
     * The model is the only content of an {@link EgovResource} whose URI is the file.
     *
     * @throws ModelLoadException naming the file, the line and column when known, and the cause
     */
    public static Architecture load(Path file) throws ModelLoadException {
        return ModelPersistence.DEFAULT.load(file);
    }

    /**
     * Reads a model from a stream, for models that are not files of their own (a template inside a bundle,
     * a download). {@code name} stands for the source in messages and becomes the resource's URI; give
     * something the user recognises, such as {@code samples/kontum-2.0.egov}. The stream is not closed.
     *
     * @throws ModelLoadException naming {@code name}, the line and column when known, and the cause
     */
    public static Architecture load(InputStream in, Path name) throws ModelLoadException {
        return ModelPersistence.DEFAULT.load(in, name);
    }

    /**
     * Writes a model to a stream (not closed) exactly as {@link #save(Architecture, Path)} writes a file,
     * with the current format version stamped, but without the temporary file, rename and backup.
     */
    public static void save(Architecture model, OutputStream out) throws IOException {
        ModelPersistence.DEFAULT.save(model, out);
    }

    /**
     * Writes a model atomically: into a temporary file in the same folder, forced to disk, then renamed
     * over {@code file}; the previous file is kept as {@code <name>.bak}. If anything fails, {@code file}
     * is left as it was and the temporary file is removed. The current {@link ModelFormat#CURRENT_VERSION}
     * is stamped on the model. A model not yet in an {@link EgovResource} is moved into a new one.
     *
     * @throws IOException with a message naming the file and the cause
     */
    public static void save(Architecture model, Path file) throws IOException {
        ModelPersistence.DEFAULT.save(model, file);
    }

    /** The backup {@link #save} keeps of the previous content of {@code file}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak"); //$NON-NLS-1$
    }
}
