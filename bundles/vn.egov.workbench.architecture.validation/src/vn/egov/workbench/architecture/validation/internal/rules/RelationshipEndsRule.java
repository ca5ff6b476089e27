package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Relationship;

/** Both ends of a relationship are set and are elements of the same model. */
public final class RelationshipEndsRule extends BuiltInRule<Relationship> {

    public RelationshipEndsRule() {
        super("arch.relationship.ends", Severity.ERROR, ArchitecturePackage.Literals.RELATIONSHIP, Relationship.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Relationship r, RuleContext context) {
        if (context.architecture() != null
                && (!Models.inModel(r.getSource(), context) || !Models.inModel(r.getTarget(), context))) {
            report(context, r, r.getSource(), r.getTarget());
        }
    }
}
