package vn.egov.workbench.architecture.validation.tests.contrib;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.AbstractRule;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;

/** A rule with a bug: it throws on an application called "explode" (and only then, so other tests see nothing). */
public class ExplodingRule extends AbstractRule<Application> {

    public static int calls;

    public ExplodingRule() {
        super("test.contrib.exploding", Severity.ERROR, ArchitecturePackage.Literals.APPLICATION, Application.class,
                l -> "exploding");
    }

    @Override
    protected void validate(Application app, RuleContext context) {
        if ("explode".equals(app.getName())) {
            calls++;
            throw new IllegalStateException("bug in a plug-in rule");
        }
    }
}
