package vn.egov.workbench.architecture.validation;

import java.util.Objects;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/** A convenient base for rules: the fixed parts as fields, and a typed {@link #validate} method. */
public abstract class AbstractRule<T extends EObject> implements IValidationRule {

    private final String id;
    private final Severity severity;
    private final EClass target;
    private final Class<T> type;
    private final LocalizedText title;

    protected AbstractRule(String id, Severity severity, EClass target, Class<T> type, LocalizedText title) {
        this.id = Objects.requireNonNull(id, "id");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.target = Objects.requireNonNull(target, "target");
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final Severity severity() {
        return severity;
    }

    @Override
    public final EClass target() {
        return target;
    }

    @Override
    public final LocalizedText title() {
        return title;
    }

    @Override
    public final void check(EObject object, RuleContext context) {
        validate(type.cast(object), context);
    }

    /** Checks one object of the rule's type. */
    protected abstract void validate(T object, RuleContext context);

    @Override
    public String toString() {
        return id;
    }
}
