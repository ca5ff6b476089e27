package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.IntegrationPlatform;
import vn.egov.workbench.architecture.model.IntegrationPlatformKind;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * A provincial data-sharing platform (LGSP) in use is connected to the national platform (NGSP, or its successor
 * NDXP) by a relationship in either direction.
 */
public final class LgspConnectedRule extends BuiltInRule<IntegrationPlatform> {

    public LgspConnectedRule() {
        super("arch.integration.lgsp-ngsp", Severity.ERROR, ArchitecturePackage.Literals.INTEGRATION_PLATFORM, //$NON-NLS-1$
                IntegrationPlatform.class);
    }

    @Override
    protected void validate(IntegrationPlatform platform, RuleContext context) {
        if (platform.getPlatformKind() != IntegrationPlatformKind.LGSP
                || platform.getLifecycleStatus() == LifecycleStatus.RETIRED
                || platform.getLifecycleStatus() == LifecycleStatus.TARGET) {
            return;
        }
        for (Relationship r : context.outgoing(platform)) {
            if (national(r.getTarget())) {
                return;
            }
        }
        for (Relationship r : context.incoming(platform)) {
            if (national(r.getSource())) {
                return;
            }
        }
        report(context, platform);
    }

    private static boolean national(Element e) {
        return e instanceof IntegrationPlatform p && (p.getPlatformKind() == IntegrationPlatformKind.NGSP
                || p.getPlatformKind() == IntegrationPlatformKind.NDXP);
    }
}
