package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Regulation;

/** A policy or standard is cited by its number and date, so both must be recorded. */
public final class RegulationNumberDateRule extends BuiltInRule<Regulation> {

    public RegulationNumberDateRule() {
        super("arch.regulation.number-date", Severity.ERROR, ArchitecturePackage.Literals.REGULATION, //$NON-NLS-1$
                Regulation.class);
    }

    @Override
    protected void validate(Regulation regulation, RuleContext context) {
        if (Models.isBlank(regulation.getNumber()) || regulation.getIssueDate() == null) {
            report(context, regulation);
        }
    }
}
