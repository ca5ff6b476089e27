package vn.egov.workbench.architecture.samples.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.PropertiesHolder;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.model.Regulation;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * Helps to write sample models: top-level folders by type, and ids derived from codes so that regenerating a sample
 * gives the same file (ids must be stable: diagrams and other files refer to them).
 */
public class SampleBuilder {

    protected static final ArchitectureFactory F = ArchitectureFactory.eINSTANCE;

    protected final Architecture model = F.createArchitecture();
    private final Map<FolderType, Folder> folders = new EnumMap<>(FolderType.class);
    private final String prefix;

    protected SampleBuilder(String prefix) {
        this.prefix = prefix;
        model.setId(prefix + "model"); //$NON-NLS-1$
    }

    /** The top-level folder of a type, made on first use in the order of first use. */
    protected Folder folder(FolderType type, String name) {
        return folders.computeIfAbsent(type, t -> {
            Folder folder = F.createFolder();
            folder.setId(prefix + "folder-" + t.getName().toLowerCase(Locale.ROOT)); //$NON-NLS-1$
            folder.setFolderType(t);
            folder.setName(name);
            model.getFolders().add(folder);
            return folder;
        });
    }

    protected Folder folder(FolderType type) {
        Folder folder = folders.get(type);
        if (folder == null) {
            throw new IllegalStateException("folder " + type + " not made yet"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return folder;
    }

    protected Folder subfolder(Folder parent, String id, String name) {
        Folder folder = F.createFolder();
        folder.setId(prefix + "folder-" + id); //$NON-NLS-1$
        folder.setName(name);
        parent.getFolders().add(folder);
        return folder;
    }

    /** Adds an element with its code, name and an id made from the code. */
    protected <T extends Element> T add(Folder folder, T element, String code, String name) {
        element.setId(prefix + slug(code));
        element.setCode(code);
        element.setName(name);
        folder.getItems().add(element);
        return element;
    }

    protected <T extends Regulation> T regulation(T r, String code, String name, String number, LocalDate date,
            String issuer) {
        add(folder(FolderType.POLICIES), r, code, name);
        r.setNumber(number);
        r.setIssueDate(date);
        r.setIssuer(issuer);
        return r;
    }

    /** Adds a relationship to the relations folder; its id names its type and ends. */
    protected <R extends Relationship> R relate(R r, Element source, Element target) {
        r.setId(prefix + "rel-" + slug(source.getCode()) + "-" + r.eClass().getName().toLowerCase(Locale.ROOT) + "-" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + slug(target.getCode()));
        r.setSource(source);
        r.setTarget(target);
        folder(FolderType.RELATIONS).getItems().add(r);
        return r;
    }

    protected static <T extends PropertiesHolder> T property(T holder, String key, Object value) {
        Property p = F.createProperty();
        p.setKey(key);
        p.setValue(String.valueOf(value));
        holder.getProperties().add(p);
        return holder;
    }

    /**
     * Replaces the readable keys the builder used as ids by UUIDs derived from them (name-based, RFC 4122 version
     * 3): real UUIDs like those of every object made in the workbench, yet the same each time the sample is built.
     */
    protected Architecture withStableUuids() {
        model.setId(uuid(model.getId()));
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ArchitectureObject o) {
                o.setId(uuid(o.getId()));
            }
        }
        return model;
    }

    /** The stable UUID of a sample object whose readable key is {@code key} (for example {@code kt-lgsp}). */
    public static String uuid(String key) {
        return UUID.nameUUIDFromBytes(("vn.egov.workbench.architecture.samples/" + key) //$NON-NLS-1$
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** An id-safe form of a code: ASCII letters, digits and dashes ("Đăk Glei" becomes "dak-glei"). */
    static String slug(String code) {
        String ascii = Normalizer.normalize(code.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", ""); //$NON-NLS-1$ //$NON-NLS-2$
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }
}
