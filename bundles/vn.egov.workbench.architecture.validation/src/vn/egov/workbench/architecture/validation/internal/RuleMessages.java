package vn.egov.workbench.architecture.validation.internal;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.validation.LocalizedText;

/**
 * The rules' texts in {@code messages.properties} (English) and {@code messages_vi.properties} (Vietnamese).
 * A message is formatted when it is shown, in the locale asked for; model objects among the arguments become their
 * labels in that locale. Not an NLS class: NLS fixes one language at start-up, problems need both.
 */
public final class RuleMessages {

    private static final String BUNDLE = "vn.egov.workbench.architecture.validation.internal.messages"; //$NON-NLS-1$
    // no fallback to the JVM default locale: Locale.ENGLISH must give English on a Vietnamese desktop
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private RuleMessages() {
    }

    /** The message {@code key} with its arguments, formatted when shown. */
    public static LocalizedText text(String key, Object... args) {
        Object[] copy = args.clone();
        return locale -> format(locale, key, copy);
    }

    public static String format(Locale locale, String key, Object... args) {
        Object[] shown = Arrays.stream(args).map(a -> arg(a, locale)).toArray();
        return new MessageFormat(pattern(locale, key).replace("'", "''"), locale).format(shown); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The raw text of a key, or the key itself when it is missing (a missing text must not hide a problem). */
    public static String pattern(Locale locale, String key) {
        try {
            Locale l = "vi".equals(locale.getLanguage()) ? locale : Locale.ROOT; //$NON-NLS-1$
            return ResourceBundle.getBundle(BUNDLE, l, RuleMessages.class.getClassLoader(), CONTROL).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private static Object arg(Object value, Locale locale) {
        return switch (value) {
            case null -> "-"; //$NON-NLS-1$
            case EObject object -> Labels.of(object, locale);
            case LocalizedText text -> text.in(locale);
            case Enum<?> e -> pattern(locale, "enum." + e.name()); //$NON-NLS-1$
            case Number n -> n.toString(); // years and levels are not grouped
            default -> value.toString();
        };
    }
}
