package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Project;

/** A project's budget (whole VND) is not negative. */
public final class ProjectBudgetRule extends BuiltInRule<Project> {

    public ProjectBudgetRule() {
        super("arch.project.budget", Severity.ERROR, ArchitecturePackage.Literals.PROJECT, Project.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Project p, RuleContext context) {
        if (p.getBudgetVnd() < 0) {
            report(context, p, Long.toString(p.getBudgetVnd()));
        }
    }
}
