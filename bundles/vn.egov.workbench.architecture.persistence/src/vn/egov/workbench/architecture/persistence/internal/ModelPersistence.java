package vn.egov.workbench.architecture.persistence.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xml.type.AnyType;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.impl.ArchitectureObjectImpl;
import vn.egov.workbench.architecture.persistence.EgovResource;
import vn.egov.workbench.architecture.persistence.IModelMigration;
import vn.egov.workbench.architecture.persistence.MigrationContext;
import vn.egov.workbench.architecture.persistence.ModelFormat;
import vn.egov.workbench.architecture.persistence.ModelLoadException;
import vn.egov.workbench.architecture.persistence.ModelMigrations;

/**
 * Loading and saving with a given migration registry and current version. {@code ModelFiles} uses the
 * default; tests make others (a newer "current" version, a stream that fails mid-write).
 */
public final class ModelPersistence {

    public static final ModelPersistence DEFAULT =
            new ModelPersistence(ModelMigrations.getDefault(), ModelFormat.CURRENT_VERSION, UnaryOperator.identity());

    /** Rough size of one identified object in a file, to size the ID map before loading. */
    private static final int BYTES_PER_OBJECT = 200;

    private final ModelMigrations migrations;
    private final int currentVersion;
    private final UnaryOperator<OutputStream> saveStream;

    public ModelPersistence(ModelMigrations migrations, int currentVersion, UnaryOperator<OutputStream> saveStream) {
        this.migrations = migrations;
        this.currentVersion = currentVersion;
        this.saveStream = saveStream;
    }

    public Architecture load(Path path) throws ModelLoadException {
        Path file = path.toAbsolutePath();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            String reason = Files.exists(file) ? NLS.bind(Messages.Cause_io, e.getMessage()) : Messages.Cause_notFound;
            throw new ModelLoadException(file, -1, -1, reason, e);
        }
        if (size == 0) {
            throw new ModelLoadException(file, -1, -1, Messages.Cause_empty, null);
        }
        URI uri = URI.createFileURI(file.toString());
        try {
            try (InputStream in = Files.newInputStream(file)) {
                Architecture fast = loadFast(in, file, uri, size);
                if (fast != null) {
                    return fast;
                }
            }
            // an older version, or a file with a problem: EMF's loader migrates it, or says what is wrong and where
            try (InputStream in = Files.newInputStream(file)) {
                return load(in, file, uri, size);
            }
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelLoadException(file, -1, -1, NLS.bind(Messages.Cause_io, e.getMessage()), e);
        }
    }

    /**
     * Reads a model from a stream (a template inside a bundle, for example); {@code name} stands for the
     * source in messages and becomes the resource's URI. The stream is not closed.
     */
    public Architecture load(InputStream in, Path name) throws ModelLoadException {
        return load(in, name, URI.createFileURI(name.toString()), -1);
    }

    /** The model read by {@link FastLoad}; null when it declines the file (nothing is reported then). */
    private Architecture loadFast(InputStream stream, Path file, URI uri, long size) throws ModelLoadException {
        EgovResource resource = new EgovResource(uri);
        resource.expectObjects((int) Math.min(Integer.MAX_VALUE / 2, size / BYTES_PER_OBJECT));
        Map<Object, Object> options = ResourceOptions.loadOnce(currentVersion);
        options.put(FastLoad.OPTION_FAST, Boolean.TRUE);
        ArchitectureObjectImpl.setLoading(true);
        try {
            resource.load(new BufferedInputStream(stream, 1 << 16), options);
        } catch (IOException | RuntimeException e) {
            return null;
        } finally {
            ArchitectureObjectImpl.setLoading(false);
        }
        if (!resource.getErrors().isEmpty() || resource.getContents().size() != 1
                || !(resource.getContents().get(0) instanceof Architecture model)
                || model.getFormatVersion() != currentVersion) {
            return null;
        }
        migrate(file, resource, model);
        return model;
    }

    private Architecture load(InputStream stream, Path file, URI uri, long size) throws ModelLoadException {
        EgovResource resource = new EgovResource(uri);
        if (size > 0) {
            resource.expectObjects((int) Math.min(Integer.MAX_VALUE / 2, size / BYTES_PER_OBJECT));
        }
        try {
            // EMF reads through its own buffer too, but in small steps; a big one keeps the parser fed
            InputStream in = new BufferedInputStream(stream, 1 << 16);
            int first = peek(in);
            if (first < 0) {
                throw new ModelLoadException(file, -1, -1, Messages.Cause_empty, null);
            }
            // objects get their ids from the file (EgovLoadHandler gives a UUID to one that has none)
            ArchitectureObjectImpl.setLoading(true);
            try {
                resource.load(in, ResourceOptions.loadOnce(currentVersion));
            } finally {
                ArchitectureObjectImpl.setLoading(false);
            }
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw LoadErrors.toException(file, resource, e);
        }
        if (!resource.getErrors().isEmpty()) {
            throw LoadErrors.toException(file, resource, null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Architecture model)) {
            throw new ModelLoadException(file, -1, -1, Messages.Cause_noModel, null);
        }
        migrate(file, resource, model);
        return model;
    }

    /** The first byte of a buffered stream, left in the stream; -1 when the stream is empty. */
    private static int peek(InputStream in) throws IOException {
        in.mark(1);
        int first = in.read();
        in.reset();
        return first;
    }

    private void migrate(Path file, EgovResource resource, Architecture model) throws ModelLoadException {
        int version = model.getFormatVersion();
        if (version == currentVersion) {
            return;
        }
        Map<EObject, AnyType> unknown = resource.getEObjectToExtensionMap();
        MigrationContext context = new MigrationContext(model, unknown, version);
        try {
            for (IModelMigration step : migrations.path(version, currentVersion)) {
                try {
                    step.migrate(context);
                } catch (Exception e) {
                    String reason = NLS.bind(Messages.Cause_migrationFailed,
                            new Object[] { step.fromVersion(), step.toVersion(), e.getMessage() });
                    throw new ModelLoadException(file, -1, -1, reason, e);
                }
                model.setFormatVersion(step.toVersion());
            }
        } catch (IllegalStateException e) {
            throw new ModelLoadException(file, -1, -1, e.getMessage(), e);
        }
        if (!unknown.isEmpty()) {
            // never drop or silently re-save what no migration understood
            Map.Entry<EObject, AnyType> left = unknown.entrySet().iterator().next();
            String what = left.getValue().getAnyAttribute().isEmpty()
                    ? left.getValue().getMixed().getEStructuralFeature(0).getName()
                    : left.getValue().getAnyAttribute().getEStructuralFeature(0).getName();
            throw new ModelLoadException(file, -1, -1,
                    NLS.bind(Messages.Cause_unknownContent, what, left.getKey().eClass().getName() + " "
                            + resource.getURIFragment(left.getKey())), null); //$NON-NLS-1$
        }
    }

    public void save(Architecture model, Path path) throws IOException {
        Path file = path.toAbsolutePath();
        Resource resource = resourceOf(model, URI.createFileURI(file.toString()));
        int previousVersion = model.getFormatVersion();
        model.setFormatVersion(currentVersion);
        try {
            AtomicFileWriter.write(file, out -> resource.save(saveStream.apply(out), ResourceOptions.saveOnce()));
        } catch (IOException | RuntimeException e) {
            model.setFormatVersion(previousVersion);
            throw new IOException(NLS.bind(Messages.Save_failed, file, e.getMessage()), e);
        }
    }

    /** Writes the model to a stream (not closed), in the same format and with the same version stamp as a file. */
    public void save(Architecture model, OutputStream out) throws IOException {
        Resource resource = resourceOf(model, URI.createURI("egov:/stream.egov")); //$NON-NLS-1$
        int previousVersion = model.getFormatVersion();
        model.setFormatVersion(currentVersion);
        try {
            resource.save(saveStream.apply(out), ResourceOptions.saveOnce());
        } catch (IOException | RuntimeException e) {
            model.setFormatVersion(previousVersion);
            throw e;
        }
    }

    /** The model's .egov resource; a model not yet in one is moved into a new one with the given URI. */
    private static Resource resourceOf(Architecture model, URI uri) {
        Resource resource = model.eResource();
        if (!(resource instanceof EgovResource)) {
            resource = new EgovResource(uri);
            resource.getContents().add(model);
        }
        return resource;
    }
}
