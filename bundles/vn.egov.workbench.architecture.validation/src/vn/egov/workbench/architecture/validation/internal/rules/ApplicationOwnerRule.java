package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.LifecycleStatus;

/** Every application (and portal) has an owning unit: its owner, or an Owns relationship to it. */
public final class ApplicationOwnerRule extends BuiltInRule<Application> {

    public ApplicationOwnerRule() {
        super("arch.application.owner", Severity.ERROR, ArchitecturePackage.Literals.APPLICATION, Application.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Application application, RuleContext context) {
        if (application.getLifecycleStatus() != LifecycleStatus.RETIRED && Models.owner(application, context) == null) {
            report(context, application);
        }
    }
}
