package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Architecture;

/** The period of the architecture, when stated, must not end before it starts. */
public final class PeriodRule extends BuiltInRule<Architecture> {

    public PeriodRule() {
        super("arch.period", Severity.ERROR, ArchitecturePackage.Literals.ARCHITECTURE, Architecture.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Architecture a, RuleContext context) {
        if (a.getPeriodFrom() != 0 && a.getPeriodTo() != 0 && a.getPeriodTo() < a.getPeriodFrom()) {
            report(context, a, a.getPeriodFrom(), a.getPeriodTo());
        }
    }
}
