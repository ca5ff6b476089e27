package vn.egov.workbench.architecture.validation;

import java.util.Locale;

/**
 * A text that can be shown in any locale. Problems keep their message in this form, so the same
 * validation run can be printed in Vietnamese for users and in English for a log.
 */
@FunctionalInterface
public interface LocalizedText {

    /** The text in the given locale (Vietnamese for "vi"; rules fall back to English otherwise). */
    String in(Locale locale);
}
