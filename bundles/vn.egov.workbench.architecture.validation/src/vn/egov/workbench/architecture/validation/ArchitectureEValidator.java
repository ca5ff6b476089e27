package vn.egov.workbench.architecture.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.architecture.model.Architecture;

/**
 * The rules as an EMF {@link EValidator}, for EMF's Diagnostician and editors (live validation, the Problems
 * view). Each problem becomes a diagnostic whose data are the object and the rule id. One {@link RuleContext} per
 * model is kept in the Diagnostician's context map, so indexes are built once per validation.
 */
public final class ArchitectureEValidator implements EValidator {

    /** The diagnostic source of the rules' diagnostics. */
    public static final String DIAGNOSTIC_SOURCE = "vn.egov.workbench.architecture.validation"; //$NON-NLS-1$

    private final Validator validator;

    public ArchitectureEValidator(RuleRegistry registry) {
        this.validator = new Validator(registry);
    }

    @Override
    public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(eObject.eClass(), eObject, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        EObject root = EcoreUtil.getRootContainer(eObject);
        Architecture architecture = root instanceof Architecture a ? a : null;
        RuleContext ruleContext = context == null ? new RuleContext(architecture)
                : (RuleContext) context.computeIfAbsent(new ContextKey(root), k -> new RuleContext(architecture));
        List<Problem> problems = validator.runOn(eObject, ruleContext,
                architecture == null ? new HashSet<>() : new HashSet<>(architecture.getDisabledRules()));
        boolean ok = true;
        for (Problem p : problems) {
            ok &= p.severity() != Severity.ERROR;
            if (diagnostics != null) {
                diagnostics.add(new BasicDiagnostic(toDiagnostic(p.severity()), DIAGNOSTIC_SOURCE, 0,
                        p.message(Locale.getDefault()), new Object[] { p.element(), p.ruleId() }));
            }
        }
        return ok;
    }

    @Override
    public boolean validate(EDataType eDataType, Object value, DiagnosticChain diagnostics,
            Map<Object, Object> context) {
        return true; // data values are checked by the generated validator
    }

    private static int toDiagnostic(Severity severity) {
        return switch (severity) {
            case ERROR -> Diagnostic.ERROR;
            case WARNING -> Diagnostic.WARNING;
            case INFO -> Diagnostic.INFO;
        };
    }

    /** Identity of a model root as a map key. */
    private record ContextKey(EObject root) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ContextKey k && k.root == root;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(root);
        }
    }
}
