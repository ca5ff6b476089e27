package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Architecture;

/** A model must say which version of the national framework it follows (2.0, 3.0, 4.0 ...). */
public final class FrameworkVersionRule extends BuiltInRule<Architecture> {

    public FrameworkVersionRule() {
        super("arch.framework.version", Severity.ERROR, ArchitecturePackage.Literals.ARCHITECTURE, Architecture.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Architecture architecture, RuleContext context) {
        if (Models.isBlank(architecture.getFrameworkVersion())) {
            report(context, architecture);
        }
    }
}
