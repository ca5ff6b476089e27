package vn.egov.workbench.architecture.model.kinds;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.internal.Messages;
import vn.egov.workbench.extensions.ContributionException;
import vn.egov.workbench.extensions.Contributions;

/**
 * Element and relationship kinds that plug-ins contribute to {@value #EXTENSION_POINT} (see schema/elementKinds.exsd):
 * classes of their own EPackages that extend the base kinds, with a label, an icon and figure hints. Read once on
 * first use; a malformed {@code <kinds>} or {@code <kind>}, an unknown package or class, or a class that fails to
 * load is reported with its plug-in's name and left out, and the other kinds work. The tree, the palette, the
 * figures and the labels of the workbench ask this registry, so a new kind needs no change in the workbench.
 * <p>
 * Outside OSGi the registry is empty. Instances are immutable after construction.
 */
public final class ElementKinds {

    public static final String EXTENSION_POINT = "vn.egov.workbench.architecture.model.elementKinds"; //$NON-NLS-1$

    /** A package that contributes kinds, and the {@code <kinds>} element that names it. */
    public record KindPackage(EPackage ePackage, IConfigurationElement element, String contributor) {

        /** Whether the plug-in gives an item-provider adapter factory of its own. */
        public boolean hasAdapterFactory() {
            return element.getAttribute("adapterFactory") != null; //$NON-NLS-1$
        }

        /**
         * A new instance of the plug-in's adapter factory (each editing session composes its own), or empty if it
         * gives none or it cannot be created (reported once; the generic item providers are used then).
         */
        public Optional<AdapterFactory> newAdapterFactory() {
            if (!hasAdapterFactory()) {
                return Optional.empty();
            }
            try {
                return Optional.of(Contributions.create(element, "adapterFactory", AdapterFactory.class)); //$NON-NLS-1$
            } catch (ContributionException e) {
                Contributions.fault(EXTENSION_POINT, element, e);
                return Optional.empty();
            }
        }
    }

    private static final ElementKinds EMPTY = new ElementKinds();
    private static volatile ElementKinds defaultKinds;

    private final Map<EClass, ElementKind> kinds = new LinkedHashMap<>();
    private final Map<EPackage, KindPackage> packages = new LinkedHashMap<>();

    private ElementKinds() {
    }

    /** The contributed kinds of the running platform, read on first use. */
    public static ElementKinds getDefault() {
        ElementKinds k = defaultKinds;
        if (k == null) {
            synchronized (ElementKinds.class) {
                k = defaultKinds;
                if (k == null) {
                    k = of(Contributions.elements(EXTENSION_POINT));
                    defaultKinds = k;
                }
            }
        }
        return k;
    }

    /** No contributed kinds. */
    public static ElementKinds empty() {
        return EMPTY;
    }

    /** The kinds of the given {@code <kinds>} elements; faults are reported and left out. */
    public static ElementKinds of(IConfigurationElement[] elements) {
        ElementKinds result = new ElementKinds();
        Contributions.read(EXTENSION_POINT, elements, result::addPackage);
        return result;
    }

    private KindPackage addPackage(IConfigurationElement e) throws ContributionException {
        String nsURI = Contributions.required(e, "package"); //$NON-NLS-1$
        EPackage ePackage = EPackage.Registry.INSTANCE.getEPackage(nsURI); // loads the plug-in's generated package
        if (ePackage == null) {
            throw new ContributionException(NLS.bind(Messages.Kinds_unknownPackage, nsURI, Contributions.describe(e)));
        }
        String contributor = Contributions.contributor(e);
        KindPackage kindPackage = packages.computeIfAbsent(ePackage, p -> new KindPackage(p, e, contributor));
        Contributions.read(EXTENSION_POINT, e.getChildren("kind"), k -> addKind(k, ePackage, contributor)); //$NON-NLS-1$
        return kindPackage;
    }

    private ElementKind addKind(IConfigurationElement e, EPackage ePackage, String contributor)
            throws ContributionException {
        String name = Contributions.required(e, "class"); //$NON-NLS-1$
        EClassifier classifier = ePackage.getEClassifier(name);
        if (!(classifier instanceof EClass eClass)) {
            throw new ContributionException(NLS.bind(Messages.Kinds_unknownClass, ePackage.getNsURI(), name));
        }
        if (!ArchitecturePackage.Literals.ELEMENT.isSuperTypeOf(eClass)
                && !ArchitecturePackage.Literals.RELATIONSHIP.isSuperTypeOf(eClass)) {
            throw new ContributionException(NLS.bind(Messages.Kinds_notAKind, name));
        }
        if (eClass.isAbstract() || eClass.isInterface()) {
            throw new ContributionException(NLS.bind(Messages.Kinds_abstract, name));
        }
        ElementKind taken = kinds.get(eClass);
        if (taken != null) {
            throw new ContributionException(NLS.bind(Messages.Kinds_duplicate, name, taken.contributor()));
        }
        String label = e.getAttribute("name"); //$NON-NLS-1$
        URL icon = e.getAttribute("icon") == null ? null : Contributions.resource(e, "icon"); //$NON-NLS-1$ //$NON-NLS-2$
        ElementKind kind = new ElementKind(eClass, label == null || label.isBlank() ? name : label.strip(), icon,
                colour(e, name), shape(e, name), folder(e, name), contributor);
        kinds.put(eClass, kind);
        return kind;
    }

    private static int colour(IConfigurationElement e, String kind) throws ContributionException {
        String text = e.getAttribute("colour"); //$NON-NLS-1$
        if (text == null) {
            return -1;
        }
        if (!text.strip().matches("#[0-9a-fA-F]{6}")) { //$NON-NLS-1$
            throw new ContributionException(NLS.bind(Messages.Kinds_badColour, text, kind));
        }
        return Integer.parseInt(text.strip().substring(1), 16);
    }

    private static KindShape shape(IConfigurationElement e, String kind) throws ContributionException {
        String text = e.getAttribute("shape"); //$NON-NLS-1$
        if (text == null) {
            return KindShape.ROUNDED;
        }
        KindShape shape = KindShape.parse(text);
        if (shape == null) {
            throw new ContributionException(NLS.bind(Messages.Kinds_badShape, text, kind));
        }
        return shape;
    }

    private static FolderType folder(IConfigurationElement e, String kind) throws ContributionException {
        String text = e.getAttribute("folder"); //$NON-NLS-1$
        if (text == null) {
            return null;
        }
        FolderType folder = FolderType.get(text.strip().toUpperCase(Locale.ROOT));
        if (folder == null || folder == FolderType.USER || folder == FolderType.DIAGRAMS) {
            throw new ContributionException(NLS.bind(Messages.Kinds_badFolder, text, kind));
        }
        return folder;
    }

    /** Every contributed kind that is well-formed, in contribution order. */
    public List<ElementKind> kinds() {
        return List.copyOf(kinds.values());
    }

    /** The contributed kinds that derive from {@code base} (e.g. Element or Relationship). */
    public List<EClass> kindsOf(EClass base) {
        List<EClass> result = new ArrayList<>();
        for (EClass k : kinds.keySet()) {
            if (base.isSuperTypeOf(k)) {
                result.add(k);
            }
        }
        return result;
    }

    /** The contribution of the class itself, if it was contributed. */
    public Optional<ElementKind> find(EClass eClass) {
        return Optional.ofNullable(eClass == null ? null : kinds.get(eClass));
    }

    /**
     * The contribution that describes {@code eClass}: its own, else that of its nearest contributed supertype (so a
     * plug-in's subkind of a contributed kind looks like it until it is contributed itself).
     */
    public Optional<ElementKind> describing(EClass eClass) {
        if (eClass == null || kinds.isEmpty()) {
            return Optional.empty();
        }
        ElementKind own = kinds.get(eClass);
        if (own != null) {
            return Optional.of(own);
        }
        for (EClass s : eClass.getESuperTypes()) {
            Optional<ElementKind> inherited = describing(s);
            if (inherited.isPresent()) {
                return inherited;
            }
        }
        return Optional.empty();
    }

    /** The packages that contribute kinds. */
    public List<KindPackage> packages() {
        return List.copyOf(packages.values());
    }

    /** The contributed label of the class, or null. */
    public String label(EClass eClass) {
        ElementKind k = kinds.get(eClass);
        return k == null ? null : k.label();
    }
}
