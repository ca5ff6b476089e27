package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.DiagramNode;

/** A diagram node shows an element of the same model (not a missing one, nor one of another file). */
public final class DiagramNodeElementRule extends BuiltInRule<DiagramNode> {

    public DiagramNodeElementRule() {
        super("arch.diagram.node-element", Severity.ERROR, ArchitecturePackage.Literals.DIAGRAM_NODE, //$NON-NLS-1$
                DiagramNode.class);
    }

    @Override
    protected void validate(DiagramNode node, RuleContext context) {
        if (context.architecture() != null && !Models.inModel(node.getElement(), context)) {
            report(context, node);
        }
    }
}
