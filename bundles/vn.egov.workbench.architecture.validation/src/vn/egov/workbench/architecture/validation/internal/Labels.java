package vn.egov.workbench.architecture.validation.internal;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.model.Relationship;

/** How a model object is named in messages: its kind and its name, e.g. {@code ứng dụng “VNPT-iOffice”}. */
public final class Labels {

    private Labels() {
    }

    public static String of(EObject object, Locale locale) {
        if (object == null) {
            return "-"; //$NON-NLS-1$
        }
        if (object.eIsProxy()) {
            return RuleMessages.format(locale, "label.proxy", EcoreUtil.getURI(object).fragment()); //$NON-NLS-1$
        }
        String kind = kind(object, locale);
        String name = name(object);
        if (name == null && object instanceof Relationship r) {
            name = name(r.getSource()) + " \u2192 " + name(r.getTarget()); //$NON-NLS-1$
        }
        if (name == null) {
            Diagram diagram = diagramOf(object);
            String id = object instanceof ArchitectureObject a ? a.getId() : null;
            return diagram != null && diagram != object
                    ? RuleMessages.format(locale, "label.inDiagram", kind, id, name(diagram)) //$NON-NLS-1$
                    : kind + " " + id; //$NON-NLS-1$
        }
        return kind + " \u201c" + name + "\u201d"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The kind of the object in the locale, e.g. "application" / "ứng dụng". */
    public static String kind(EObject object, Locale locale) {
        return kind(object.eClass(), locale);
    }

    /**
     * The kind in the locale; for a plug-in's kind the name it contributes (in the workbench's language), else the
     * class name.
     */
    public static String kind(EClass eClass, Locale locale) {
        String key = "kind." + eClass.getName(); //$NON-NLS-1$
        String text = eClass.getEPackage() == ArchitecturePackage.eINSTANCE ? RuleMessages.pattern(locale, key) : key;
        if (!text.equals(key)) {
            return text;
        }
        String contributed = ElementKinds.getDefault().label(eClass);
        return contributed != null ? contributed : eClass.getName();
    }

    private static String name(EObject object) {
        if (object instanceof NamedElement n) {
            if (n.getName() != null && !n.getName().isBlank()) {
                return n.getName();
            }
            if (n.getCode() != null && !n.getCode().isBlank()) {
                return n.getCode();
            }
        }
        return null;
    }

    private static Diagram diagramOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Diagram d) {
                return d;
            }
        }
        return null;
    }
}
