package vn.egov.workbench.architecture.diagram.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.emf.ui.ItemImages;

/**
 * Element kinds and relationship types: the architecture package's and those that plug-ins contribute
 * ({@link ElementKinds}), with their labels and icons from the item providers.
 */
public final class Kinds {

    private final AdapterFactory adapterFactory;
    private final Map<EClass, EObject> prototypes = new HashMap<>();
    private final Map<EClass, String> labels = new HashMap<>();
    private final Map<EClass, ImageDescriptor> icons = new HashMap<>();

    public Kinds(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    /** Every concrete kind deriving from {@code base}: the architecture package's, in its order, then plug-ins'. */
    public static List<EClass> concreteSubclasses(EClass base) {
        List<EClass> result = new ArrayList<>();
        for (EClassifier c : ArchitecturePackage.eINSTANCE.getEClassifiers()) {
            if (c instanceof EClass k && !k.isAbstract() && !k.isInterface() && base.isSuperTypeOf(k)) {
                result.add(k);
            }
        }
        // contributed kinds only: their packages were checked (and faults reported) by the registry
        for (EClass k : ElementKinds.getDefault().kindsOf(base)) {
            if (!result.contains(k)) {
                result.add(k);
            }
        }
        return result;
    }

    /** The kind's name as the item providers give it (e.g. "Ứng dụng" in Vietnamese). */
    public String label(EClass kind) {
        return labels.computeIfAbsent(kind, this::computeLabel);
    }

    private String computeLabel(EClass kind) {
        EObject prototype = prototype(kind);
        IItemLabelProvider provider = provider(prototype);
        String text = provider == null ? null : provider.getText(prototype);
        if (text == null || text.isBlank()) {
            return kind.getName();
        }
        int ends = text.indexOf(" ("); // a relationship's label adds "(source → target)" //$NON-NLS-1$
        return (ends > 0 ? text.substring(0, ends) : text).trim();
    }

    /** The kind's icon, or {@code null}. */
    public ImageDescriptor icon(EClass kind) {
        if (!icons.containsKey(kind)) {
            EObject prototype = prototype(kind);
            IItemLabelProvider provider = provider(prototype);
            icons.put(kind, provider == null ? null : ItemImages.descriptor(provider.getImage(prototype)));
        }
        return icons.get(kind);
    }

    /** The icon of one object (its item provider may vary it by the object's state). */
    public ImageDescriptor icon(EObject object) {
        IItemLabelProvider provider = provider(object);
        return provider == null ? null : ItemImages.descriptor(provider.getImage(object));
    }

    private IItemLabelProvider provider(EObject object) {
        return (IItemLabelProvider) adapterFactory.adapt(object, IItemLabelProvider.class);
    }

    private EObject prototype(EClass kind) {
        return prototypes.computeIfAbsent(kind, EcoreUtil::create);
    }
}
