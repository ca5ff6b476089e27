package vn.egov.workbench.inspection.rules;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Formats the rule messages of {@code messages.properties} / {@code messages_vi.properties}.
 * The caller always names the locale: a server or CLI must not depend on the JVM default.
 * Arguments are formatted here (not by MessageFormat) so years are not grouped ("2,031"),
 * money uses the Vietnamese "1.000.000" or English "1,000,000" and dates read naturally.
 */
final class Messages {

    private static final String BUNDLE = "vn.egov.workbench.inspection.rules.messages";
    // No fallback to the JVM default locale: on a Vietnamese desktop, Locale.ENGLISH must still give English.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Messages() {
    }

    static String format(Locale locale, String key, List<?> args) {
        String pattern = pattern(locale, key);
        Object[] shown = args.stream().map(a -> arg(a, locale)).toArray();
        return new MessageFormat(pattern, locale).format(shown);
    }

    /** A message without arguments in both languages, e.g. a status label. */
    static LocalText text(String key) {
        return new LocalText(pattern(LocalText.VIETNAMESE, key), pattern(Locale.ENGLISH, key));
    }

    static String money(long amount, Locale locale) {
        String digits = Long.toString(Math.abs(amount));
        char separator = "vi".equals(locale.getLanguage()) ? '.' : ',';
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return amount < 0 ? "-" + out : out.toString();
    }

    private static String pattern(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), CONTROL)
                    .getString(key);
        } catch (MissingResourceException e) {
            // a missing text must not hide the error being reported; show the key instead
            return key;
        }
    }

    private static String arg(Object value, Locale locale) {
        return switch (value) {
            case null -> "-";
            case LocalText text -> text.in(locale);
            case LocalDate date -> "vi".equals(locale.getLanguage()) ? VI_DATE.format(date) : date.toString();
            case Long amount -> money(amount, locale);
            case Integer number -> money(number, locale);
            case List<?> list -> list.stream().map(v -> arg(v, locale)).collect(Collectors.joining(", "));
            default -> String.valueOf(value);
        };
    }
}
