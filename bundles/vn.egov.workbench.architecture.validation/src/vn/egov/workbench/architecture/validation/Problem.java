package vn.egov.workbench.architecture.validation;

import java.util.Locale;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.validation.internal.Labels;

/**
 * One problem found by a rule.
 *
 * @param severity the rule's severity
 * @param ruleId   the id of the rule that found it
 * @param element  the model object it is about (an element, relationship, diagram part or the root)
 * @param text     the message, which names the object
 */
public record Problem(Severity severity, String ruleId, EObject element, LocalizedText text) {

    public Problem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(text, "text");
    }

    /** The message in the given locale. */
    public String message(Locale locale) {
        return text.in(locale);
    }

    /** What the problem is about, e.g. {@code application “VNPT-iOffice”}. */
    public String elementLabel(Locale locale) {
        return Labels.of(element, locale);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public String toString() {
        return severity + " " + ruleId + ": " + message(Locale.ENGLISH);
    }
}
