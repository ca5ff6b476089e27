package vn.egov.workbench.architecture.validation.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Owns;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.validation.RuleContext;

/** Small questions about a model that several rules ask. */
public final class Models {

    private Models() {
    }

    /** The owning unit: the element's owner, else the source of an Owns relationship to it; null if none. */
    public static OrganisationUnit owner(Element element, RuleContext context) {
        if (element.getOwner() != null) {
            return element.getOwner();
        }
        for (Relationship r : context.incoming(element)) {
            if (r instanceof Owns && r.getSource() instanceof OrganisationUnit unit) {
                return unit;
            }
        }
        return null;
    }

    /** Whether the object is resolved and lies in the model being validated. */
    public static boolean inModel(EObject object, RuleContext context) {
        return object != null && !object.eIsProxy() && context.architecture() != null
                && EcoreUtil.getRootContainer(object) == context.architecture();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
