package vn.egov.workbench.architecture.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * One validation rule. The validator calls {@link #check} for every object of the model whose class is
 * {@link #target()} or a subclass of it, and the rule reports what is wrong through the context.
 * <p>
 * Rules are stateless (shared indexes belong in {@link RuleContext#cached}); a rule that throws is switched off
 * for the rest of the run and reported once, so a broken plug-in rule never stops the others.
 * Plug-in rules implement this interface (or extend {@link AbstractRule}) and are added through
 * {@link RuleRegistry#of}, or contributed to the extension point {@code vn.egov.workbench.architecture.validation.rules}.
 */
public interface IValidationRule {

    /** A stable id such as {@code arch.application.owner}; models switch rules off by it. */
    String id();

    /** The severity of every problem the rule reports. */
    Severity severity();

    /** The class of the objects the rule checks. */
    EClass target();

    /** A short description for lists (help, preferences). */
    LocalizedText title();

    /** Checks one object; reports problems through {@link RuleContext#report}. */
    void check(EObject object, RuleContext context);
}
