package vn.egov.workbench.architecture.validation;

import java.util.Locale;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.validation.internal.Labels;
import vn.egov.workbench.architecture.validation.internal.RuleMessages;

/** How model objects and kinds are named in messages, in Vietnamese or English (for the CLI and views). */
public final class ModelLabels {

    private ModelLabels() {
    }

    /** E.g. {@code ứng dụng “VNPT-iOffice”}. */
    public static String of(EObject object, Locale locale) {
        return Labels.of(object, locale);
    }

    /** E.g. "application" / "ứng dụng"; a plug-in's kind by its contributed name, else its class name. */
    public static String kind(EClass eClass, Locale locale) {
        return Labels.kind(eClass, locale);
    }

    /** The severity in the locale, e.g. "error" / "lỗi". */
    public static String severity(Severity severity, Locale locale) {
        return RuleMessages.pattern(locale, "severity." + severity.name()); //$NON-NLS-1$
    }
}
