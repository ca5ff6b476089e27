package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.AdministrativeProcedure;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.OnlineServiceLevel;
import vn.egov.workbench.architecture.model.Realises;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.model.Serves;

/**
 * An application that provides online public services at level 3 or 4 (or end-to-end) must be at security level 3
 * or more (Decree 85/2016, Circular 03/2017). "Provides" means it serves or realises such a procedure.
 */
public final class OnlineServiceSecurityRule extends BuiltInRule<Application> {

    public OnlineServiceSecurityRule() {
        super("arch.application.online-service-security", Severity.ERROR, //$NON-NLS-1$
                ArchitecturePackage.Literals.APPLICATION, Application.class);
    }

    @Override
    protected void validate(Application application, RuleContext context) {
        if (application.getLifecycleStatus() == LifecycleStatus.RETIRED || application.getSecurityLevel() >= 3) {
            return;
        }
        for (Relationship r : context.outgoing(application)) {
            if ((r instanceof Serves || r instanceof Realises) && r.getTarget() instanceof AdministrativeProcedure p
                    && highLevel(p.getOnlineServiceLevel())) {
                report(context, application, application.getSecurityLevel(), p, p.getOnlineServiceLevel());
                return;
            }
        }
    }

    static boolean highLevel(OnlineServiceLevel level) {
        return level == OnlineServiceLevel.LEVEL_3 || level == OnlineServiceLevel.LEVEL_4
                || level == OnlineServiceLevel.END_TO_END;
    }
}
