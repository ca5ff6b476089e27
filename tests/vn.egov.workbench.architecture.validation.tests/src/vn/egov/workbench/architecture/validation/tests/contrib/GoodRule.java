package vn.egov.workbench.architecture.validation.tests.contrib;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.AbstractRule;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;

/** A well-formed contributed rule: an application must not be called "TODO". */
public class GoodRule extends AbstractRule<Application> {

    public GoodRule() {
        super("test.contrib.todo", Severity.WARNING, ArchitecturePackage.Literals.APPLICATION, Application.class,
                l -> "no TODO names");
    }

    @Override
    protected void validate(Application app, RuleContext context) {
        if ("TODO".equals(app.getName())) {
            context.report(app, l -> l.getLanguage().equals("vi") ? "Tên còn là TODO" : "The name is still TODO");
        }
    }
}
