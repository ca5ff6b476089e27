package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import vn.egov.workbench.architecture.model.Property;

/** A property has a key (a value without a key cannot be found, exported or compared). */
public final class PropertyKeyRule extends BuiltInRule<Property> {

    public PropertyKeyRule() {
        super("arch.property.key", Severity.WARNING, ArchitecturePackage.Literals.PROPERTY, Property.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Property property, RuleContext context) {
        if (Models.isBlank(property.getKey())) {
            report(context, property.eContainer() == null ? property : property.eContainer(), property.getValue());
        }
    }
}
