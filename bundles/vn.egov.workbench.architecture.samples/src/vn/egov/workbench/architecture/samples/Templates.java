package vn.egov.workbench.architecture.samples;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelLoadException;

/**
 * The models that "new model from template" offers: listed in {@code samples/templates.properties} (data, so a
 * template is added without code), shipped in {@code samples/}.
 */
public final class Templates {

    /** Where the templates lie, relative to the bundle root. */
    public static final String FOLDER = "samples/"; //$NON-NLS-1$

    private Templates() {
    }

    /** The templates in the order of the list file. */
    public static List<Template> list() {
        Properties p = new Properties();
        try (InputStream in = open(FOLDER + "templates.properties")) { //$NON-NLS-1$
            p.load(in); // ISO-8859-1 with \\u escapes, like every .properties file of the workbench
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the template list: " + e.getMessage(), e); //$NON-NLS-1$
        }
        List<Template> result = new ArrayList<>();
        for (String id : p.getProperty("templates", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            String key = id.trim();
            if (!key.isEmpty()) {
                result.add(new Template(key, p.getProperty(key + ".file"), p.getProperty(key + ".name.vi"), //$NON-NLS-1$ //$NON-NLS-2$
                        p.getProperty(key + ".name.en"))); //$NON-NLS-1$
            }
        }
        return result;
    }

    public static Optional<Template> find(String id) {
        return list().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The shipped file of a template (a URL into the bundle). */
    public static URL url(Template template) {
        URL url = Templates.class.getClassLoader().getResource(FOLDER + template.file());
        if (url == null) {
            throw new IllegalStateException("Template file missing: " + FOLDER + template.file()); //$NON-NLS-1$
        }
        return url;
    }

    /**
     * The template as it is shipped (same ids as the shipped file), read by the persistence bundle like any model
     * file; its resource's URI is {@code samples/<file>}.
     */
    public static Architecture load(Template template) throws ModelLoadException {
        Path name = Path.of(FOLDER + template.file());
        try (InputStream in = url(template).openStream()) {
            return ModelFiles.load(in, name);
        } catch (ModelLoadException e) {
            throw e;
        } catch (IOException e) {
            throw new ModelLoadException(name, -1, -1, e.toString(), e);
        }
    }

    /**
     * A new model from the template: a copy with fresh ids, so two models made from it never share ids. It is in no
     * resource yet (saving it puts it into one for its file).
     */
    public static Architecture newModel(Template template) throws ModelLoadException {
        Architecture model = load(template);
        model.eResource().getContents().remove(model); // the template's resource indexes the old ids
        model.setId(EcoreUtil.generateUUID());
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ArchitectureObject o) {
                o.setId(EcoreUtil.generateUUID());
            }
        }
        return model;
    }

    /**
     * Writes a new model from the template to {@code target}, which must not exist yet, through the persistence
     * bundle's atomic save (current format version stamped).
     */
    public static Architecture copy(Template template, Path target) throws IOException {
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString());
        }
        Architecture model = newModel(template);
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        ModelFiles.save(model, target);
        return model;
    }

    private static InputStream open(String path) throws IOException {
        URL url = Templates.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IOException(path + " not found"); //$NON-NLS-1$
        }
        return url.openStream();
    }
}
