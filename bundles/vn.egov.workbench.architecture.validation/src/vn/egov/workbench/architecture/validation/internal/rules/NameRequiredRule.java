package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.model.Architecture;

/** The model, its elements and diagrams have a name (relationships and folders may stay unnamed). */
public final class NameRequiredRule extends BuiltInRule<NamedElement> {

    public NameRequiredRule() {
        super("arch.name.required", Severity.ERROR, ArchitecturePackage.Literals.NAMED_ELEMENT, NamedElement.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(NamedElement object, RuleContext context) {
        boolean needsName = object instanceof Element || object instanceof Diagram || object instanceof Architecture;
        if (needsName && Models.isBlank(object.getName())) {
            report(context, object);
        }
    }
}
