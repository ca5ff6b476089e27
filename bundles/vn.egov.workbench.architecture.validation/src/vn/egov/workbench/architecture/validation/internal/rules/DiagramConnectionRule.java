package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.DiagramShape;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * A connection lies between two shapes of its own diagram; one that shows a relationship of the model goes from a
 * node of the relationship's source to a node of its target.
 */
public final class DiagramConnectionRule extends BuiltInRule<DiagramConnection> {

    public DiagramConnectionRule() {
        super("arch.diagram.connection", Severity.ERROR, ArchitecturePackage.Literals.DIAGRAM_CONNECTION, //$NON-NLS-1$
                DiagramConnection.class);
    }

    @Override
    protected void validate(DiagramConnection c, RuleContext context) {
        if (!sameDiagram(c, c.getSource()) || !sameDiagram(c, c.getTarget())) {
            report(context, c);
            return;
        }
        Relationship r = c.getRelationship();
        if (r == null) {
            return; // a plain line
        }
        boolean ok = (context.architecture() == null || Models.inModel(r, context))
                && shows(c.getSource(), r) && c.getTarget() instanceof DiagramNode t && t.getElement() == r.getTarget();
        if (!ok) {
            report(context, c);
        }
    }

    private static boolean shows(DiagramShape shape, Relationship r) {
        return shape instanceof DiagramNode n && n.getElement() == r.getSource();
    }

    private static boolean sameDiagram(DiagramConnection c, DiagramShape shape) {
        return shape != null && !shape.eIsProxy() && EcoreUtil.isAncestor(c.eContainer(), shape);
    }
}
