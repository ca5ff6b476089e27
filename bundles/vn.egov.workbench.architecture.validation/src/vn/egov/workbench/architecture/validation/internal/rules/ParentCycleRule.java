package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import vn.egov.workbench.architecture.model.OrganisationUnit;

/** Following the parents of a unit never comes back to it. Reported on every unit of the cycle. */
public final class ParentCycleRule extends BuiltInRule<OrganisationUnit> {

    public ParentCycleRule() {
        super("arch.organisation.parent-cycle", Severity.ERROR, ArchitecturePackage.Literals.ORGANISATION_UNIT, //$NON-NLS-1$
                OrganisationUnit.class);
    }

    @Override
    protected void validate(OrganisationUnit unit, RuleContext context) {
        Set<OrganisationUnit> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (OrganisationUnit u = unit.getParent(); u != null && !u.eIsProxy(); u = u.getParent()) {
            if (u == unit) {
                report(context, unit);
                return;
            }
            if (!seen.add(u)) {
                return; // a cycle above this unit; reported on its members
            }
        }
    }
}
