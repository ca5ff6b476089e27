package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Project;

/** A project's end year, when both years are stated, is not before its start year. */
public final class ProjectYearsRule extends BuiltInRule<Project> {

    public ProjectYearsRule() {
        super("arch.project.years", Severity.ERROR, ArchitecturePackage.Literals.PROJECT, Project.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Project p, RuleContext context) {
        if (p.getStartYear() != 0 && p.getEndYear() != 0 && p.getEndYear() < p.getStartYear()) {
            report(context, p, p.getStartYear(), p.getEndYear());
        }
    }
}
