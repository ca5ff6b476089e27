package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.model.rules.RelationshipRules;

/** A relationship connects only kinds that its type may connect (the table rules/relationships.xml). */
public final class RelationshipAllowedRule extends BuiltInRule<Relationship> {

    public RelationshipAllowedRule() {
        super("arch.relationship.allowed", Severity.ERROR, ArchitecturePackage.Literals.RELATIONSHIP, //$NON-NLS-1$
                Relationship.class);
    }

    @Override
    protected void validate(Relationship r, RuleContext context) {
        if (r.getSource() == null || r.getTarget() == null || r.getSource().eIsProxy() || r.getTarget().eIsProxy()) {
            return; // arch.relationship.ends reports it
        }
        if (!RelationshipRules.getDefault().isAllowed(r)) {
            report(context, r, r.getSource(), r.getTarget());
        }
    }
}
