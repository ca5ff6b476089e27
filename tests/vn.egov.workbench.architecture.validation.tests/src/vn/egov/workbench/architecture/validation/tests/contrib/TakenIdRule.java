package vn.egov.workbench.architecture.validation.tests.contrib;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.AbstractRule;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;

/** Takes the id of a built-in rule: must be left out, the built-in rule kept. */
public class TakenIdRule extends AbstractRule<Application> {

    public TakenIdRule() {
        super("arch.application.owner", Severity.ERROR, ArchitecturePackage.Literals.APPLICATION, Application.class,
                l -> "impostor");
    }

    @Override
    protected void validate(Application app, RuleContext context) {
        context.report(app, l -> "impostor");
    }
}
