package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.OrganisationUnit;

/**
 * A unit's parent is at the same or a higher level of government (a department under the provincial People's
 * Committee; a commune under a district), never lower.
 */
public final class ParentLevelRule extends BuiltInRule<OrganisationUnit> {

    public ParentLevelRule() {
        super("arch.organisation.parent-level", Severity.ERROR, ArchitecturePackage.Literals.ORGANISATION_UNIT, //$NON-NLS-1$
                OrganisationUnit.class);
    }

    @Override
    protected void validate(OrganisationUnit unit, RuleContext context) {
        OrganisationUnit parent = unit.getParent();
        // GovernmentLevel is ordered from the top: CENTRAL, PROVINCE, DISTRICT, COMMUNE
        if (parent != null && !parent.eIsProxy() && parent.getLevel().getValue() > unit.getLevel().getValue()) {
            report(context, unit, unit.getLevel(), parent, parent.getLevel());
        }
    }
}
