package vn.egov.workbench.architecture.validation.internal;

import java.util.List;

import vn.egov.workbench.architecture.validation.IValidationRule;
import vn.egov.workbench.architecture.validation.internal.rules.ApplicationOwnerRule;
import vn.egov.workbench.architecture.validation.internal.rules.DiagramConnectionRule;
import vn.egov.workbench.architecture.validation.internal.rules.DiagramNodeElementRule;
import vn.egov.workbench.architecture.validation.internal.rules.FrameworkVersionRule;
import vn.egov.workbench.architecture.validation.internal.rules.InterAgencyExchangeRule;
import vn.egov.workbench.architecture.validation.internal.rules.LgspConnectedRule;
import vn.egov.workbench.architecture.validation.internal.rules.MetamodelConstraintsRule;
import vn.egov.workbench.architecture.validation.internal.rules.NameRequiredRule;
import vn.egov.workbench.architecture.validation.internal.rules.OnlineServiceSecurityRule;
import vn.egov.workbench.architecture.validation.internal.rules.ParentCycleRule;
import vn.egov.workbench.architecture.validation.internal.rules.ParentLevelRule;
import vn.egov.workbench.architecture.validation.internal.rules.PeriodRule;
import vn.egov.workbench.architecture.validation.internal.rules.ProjectBudgetRule;
import vn.egov.workbench.architecture.validation.internal.rules.ProjectYearsRule;
import vn.egov.workbench.architecture.validation.internal.rules.PropertyKeyRule;
import vn.egov.workbench.architecture.validation.internal.rules.RegulationNumberDateRule;
import vn.egov.workbench.architecture.validation.internal.rules.RelationshipAllowedRule;
import vn.egov.workbench.architecture.validation.internal.rules.RelationshipEndsRule;
import vn.egov.workbench.architecture.validation.internal.rules.SecurityLevelSetRule;
import vn.egov.workbench.architecture.validation.internal.rules.UniqueCodeRule;

/** The rules that ship with the workbench. */
public final class BuiltInRules {

    private BuiltInRules() {
    }

    public static List<IValidationRule> all() {
        return List.of(new MetamodelConstraintsRule(), new FrameworkVersionRule(), new PeriodRule(),
                new NameRequiredRule(), new UniqueCodeRule(), new ApplicationOwnerRule(), new SecurityLevelSetRule(),
                new OnlineServiceSecurityRule(), new InterAgencyExchangeRule(), new RelationshipEndsRule(),
                new RelationshipAllowedRule(), new RegulationNumberDateRule(), new DiagramNodeElementRule(),
                new DiagramConnectionRule(), new ParentLevelRule(), new ParentCycleRule(), new ProjectYearsRule(),
                new ProjectBudgetRule(), new LgspConnectedRule(), new PropertyKeyRule());
    }
}
