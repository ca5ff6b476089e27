package vn.egov.workbench.architecture.validation.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.validation.AbstractRule;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;

/** A built-in rule: its title and message are the keys {@code <id>.title} and {@code <id>} of messages.properties. */
public abstract class BuiltInRule<T extends EObject> extends AbstractRule<T> {

    protected BuiltInRule(String id, Severity severity, EClass target, Class<T> type) {
        super(id, severity, target, type, RuleMessages.text(id + ".title")); //$NON-NLS-1$
    }

    /** Reports the rule's message about {@code object}; the arguments fill {1}, {2}...; {0} is the object. */
    protected void report(RuleContext context, EObject object, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = object;
        System.arraycopy(args, 0, all, 1, args.length);
        context.report(object, RuleMessages.text(id(), all));
    }
}
