package vn.egov.workbench.architecture.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLParserPool;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXParseException;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * Reads and writes {@code .egov} files as EMF XMI (UTF-8; objects are referenced by their {@code id} attribute).
 * <p>
 * The only place where this bundle and the command line touch model files: a stand-in until the safe persistence
 * layer (format version, migration, atomic save with .bak) replaces it. Even so it refuses DOCTYPEs and external
 * entities, and writes through a temporary file so that a failed save leaves the old file whole.
 */
public final class ModelFiles {

    // parsers are reused between loads (EMF's pool is thread-safe)
    private static final XMLParserPool PARSERS = new XMLParserPoolImpl();

    private ModelFiles() {
    }

    /** Loads a model file; every failure is a {@link ModelFileException} naming the file. */
    public static Architecture load(Path file) throws ModelFileException {
        if (!Files.isRegularFile(file)) {
            throw new ModelFileException(file, 0, 0, "no such file", null); //$NON-NLS-1$
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, file);
        } catch (ModelFileException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new ModelFileException(file, 0, 0, "no such file", e); //$NON-NLS-1$
        } catch (IOException e) {
            throw new ModelFileException(file, 0, 0, e.toString(), e);
        }
    }

    /** Loads a model from a stream; {@code name} is used in messages (and as the resource's URI). */
    public static Architecture load(InputStream in, Path name) throws ModelFileException {
        ArchitecturePackage.eINSTANCE.eClass(); // registers the package
        Resource resource = new XMIResourceImpl(URI.createFileURI(name.toAbsolutePath().toString()));
        try {
            resource.load(in, loadOptions());
        } catch (IOException | RuntimeException e) {
            throw describe(name, e);
        }
        if (!resource.getErrors().isEmpty()) {
            Resource.Diagnostic d = resource.getErrors().get(0);
            throw new ModelFileException(name, d.getLine(), d.getColumn(), d.getMessage(), null);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Architecture a)) {
            throw new ModelFileException(name, 0, 0, "not an architecture model (the root is not an Architecture)", //$NON-NLS-1$
                    null);
        }
        return a;
    }

    /** Saves the model to the file: written beside it first, then moved over it. */
    public static void save(Architecture architecture, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp"); //$NON-NLS-1$
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                save(architecture, out);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes the model as XMI to the stream (a model still in another resource stays there). */
    public static void save(Architecture architecture, OutputStream out) throws IOException {
        Resource previous = architecture.eResource();
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("egov:/model.egov")); //$NON-NLS-1$
        resource.getContents().add(architecture);
        try {
            Map<Object, Object> options = new HashMap<>();
            options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
            options.put(XMLResource.OPTION_LINE_WIDTH, 120);
            resource.save(out, options);
        } finally {
            if (previous != null) {
                previous.getContents().add(architecture);
            } else {
                resource.getContents().remove(architecture);
            }
        }
    }

    private static Map<Object, Object> loadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSERS);
        return options;
    }

    private static ModelFileException describe(Path name, Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SAXParseException s) {
                return new ModelFileException(name, s.getLineNumber(), s.getColumnNumber(), s.getMessage(), e);
            }
            if (t instanceof XMIException x) {
                return new ModelFileException(name, x.getLine(), x.getColumn(), x.getMessage(), e);
            }
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = root.getMessage() != null ? root.getMessage() : root.toString();
        return new ModelFileException(name, 0, 0, reason, e);
    }
}
