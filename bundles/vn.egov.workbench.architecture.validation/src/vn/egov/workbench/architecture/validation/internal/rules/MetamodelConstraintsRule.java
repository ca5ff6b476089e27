package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;

import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.util.ArchitectureValidator;

/**
 * The metamodel's own constraints, checked by EMF's generated validator: required references (a relationship's
 * ends, a node's element), value ranges (security level 0 to 5) and unique ids.
 */
public final class MetamodelConstraintsRule extends BuiltInRule<ArchitectureObject> {

    public MetamodelConstraintsRule() {
        super("arch.metamodel", Severity.ERROR, ArchitecturePackage.Literals.ARCHITECTURE_OBJECT, //$NON-NLS-1$
                ArchitectureObject.class);
    }

    @Override
    protected void validate(ArchitectureObject object, RuleContext context) {
        // one context map per run, as EMF's Diagnostician does
        Map<Object, Object> map = context.cached(MetamodelConstraintsRule.class, HashMap<Object, Object>::new);
        // without a chain EMF's validator stops at the first failure and builds no diagnostics: most objects pass
        if (ArchitectureValidator.INSTANCE.validate(object.eClass(), object, null, map)) {
            return;
        }
        BasicDiagnostic chain = new BasicDiagnostic();
        ArchitectureValidator.INSTANCE.validate(object.eClass(), object, chain, map);
        for (Diagnostic d : chain.getChildren()) {
            if (d.getSeverity() >= Diagnostic.ERROR) {
                report(context, object, d.getMessage());
            }
        }
    }
}
