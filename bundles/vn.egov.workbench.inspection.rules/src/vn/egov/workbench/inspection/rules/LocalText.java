package vn.egov.workbench.inspection.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * A text in Vietnamese and English. Legal data (behaviours, holiday and role names) carries both
 * languages side by side so one data file serves the Vietnamese UI and English reports.
 */
public record LocalText(String vi, String en) {

    /** The locale of the Vietnamese texts; any other language gets English. */
    public static final Locale VIETNAMESE = Locale.of("vi");

    public LocalText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    /** The Vietnamese text for a Vietnamese locale, otherwise the English one. */
    public String in(Locale locale) {
        return "vi".equals(locale.getLanguage()) ? vi : en;
    }
}
