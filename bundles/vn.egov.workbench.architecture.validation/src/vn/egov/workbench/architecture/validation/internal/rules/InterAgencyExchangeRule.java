package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Accesses;
import vn.egov.workbench.architecture.model.DataEntity;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.FlowsVia;
import vn.egov.workbench.architecture.model.IntegrationPlatform;
import vn.egov.workbench.architecture.model.IntegrationService;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * Data exchanged between agencies goes through an integration platform (LGSP/NGSP): when an element accesses data
 * owned by another unit, the accessing element or the data must flow via an integration platform or service.
 */
public final class InterAgencyExchangeRule extends BuiltInRule<Accesses> {

    public InterAgencyExchangeRule() {
        super("arch.exchange.integration", Severity.WARNING, ArchitecturePackage.Literals.ACCESSES, Accesses.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Accesses accesses, RuleContext context) {
        Element source = accesses.getSource();
        Element data = accesses.getTarget();
        if (source == null || data == null || isIntegration(source)) {
            return;
        }
        OrganisationUnit sourceOwner = Models.owner(source, context);
        OrganisationUnit dataOwner = Models.owner(data, context);
        if (dataOwner == null && data instanceof DataEntity entity && entity.getDatabase() != null) {
            dataOwner = Models.owner(entity.getDatabase(), context);
        }
        if (sourceOwner == null || dataOwner == null || sourceOwner == dataOwner) {
            return;
        }
        if (!flowsViaIntegration(source, context) && !flowsViaIntegration(data, context)) {
            report(context, accesses, source, sourceOwner, data, dataOwner);
        }
    }

    private static boolean isIntegration(Element element) {
        return element instanceof IntegrationPlatform || element instanceof IntegrationService;
    }

    private static boolean flowsViaIntegration(Element element, RuleContext context) {
        for (Relationship r : context.outgoing(element)) {
            if (r instanceof FlowsVia && isIntegration(r.getTarget())) {
                return true;
            }
        }
        return false;
    }
}
