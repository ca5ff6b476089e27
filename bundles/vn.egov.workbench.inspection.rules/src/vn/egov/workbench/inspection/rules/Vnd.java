package vn.egov.workbench.inspection.rules;

import java.util.Locale;

/**
 * Whole-VND amounts as people read them: "39.000.000 ₫" in Vietnamese, "39,000,000 VND" in English.
 * Money is a {@code long} everywhere; this is the one place that turns it into text.
 */
public final class Vnd {

    private Vnd() {
    }

    /** The digits grouped by thousands, without a currency sign. */
    public static String digits(long amount, Locale locale) {
        return Messages.money(amount, locale);
    }

    /** The amount with its currency: "39.000.000 ₫" (vi) or "39,000,000 VND" (other languages). */
    public static String format(long amount, Locale locale) {
        return "vi".equals(locale.getLanguage()) ? digits(amount, locale) + " \u20ab" : digits(amount, locale) + " VND";
    }
}
