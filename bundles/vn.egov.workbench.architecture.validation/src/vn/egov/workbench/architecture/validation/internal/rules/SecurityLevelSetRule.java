package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.LifecycleStatus;

/**
 * Systems in use or being deployed must have their security level (1 to 5, Decree 85/2016) determined; 0 means
 * "not yet classified". Target systems may wait until they are designed.
 */
public final class SecurityLevelSetRule extends BuiltInRule<Application> {

    public SecurityLevelSetRule() {
        super("arch.application.security-level", Severity.ERROR, ArchitecturePackage.Literals.APPLICATION, //$NON-NLS-1$
                Application.class);
    }

    @Override
    protected void validate(Application application, RuleContext context) {
        LifecycleStatus status = application.getLifecycleStatus();
        boolean inUse = status == LifecycleStatus.CURRENT || status == LifecycleStatus.IN_DEPLOYMENT;
        int level = application.getSecurityLevel();
        if (inUse && (level < 1 || level > 5)) {
            report(context, application, level);
        }
    }
}
