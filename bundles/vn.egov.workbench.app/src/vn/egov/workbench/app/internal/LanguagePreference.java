package vn.egov.workbench.app.internal;

import java.util.Locale;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import vn.egov.workbench.app.WorkbenchIds;

/**
 * The user's language choice. Eclipse fixes the language when it starts (-nl), so the choice is
 * read by the product's launcher script from this preference file and takes effect on restart.
 * Until the user chooses, the workbench speaks Vietnamese, the language of its users, whatever the
 * desktop's locale; "follow the system" is one of the choices.
 */
public enum LanguagePreference {
    SYSTEM(null), VIETNAMESE("vi"), ENGLISH("en"); //$NON-NLS-1$ //$NON-NLS-2$

    public static final String KEY = "language"; //$NON-NLS-1$
    /** What the launcher assumes when nothing is stored. */
    public static final LanguagePreference DEFAULT = VIETNAMESE;

    private final String nl;

    LanguagePreference(String nl) {
        this.nl = nl;
    }

    /** The -nl value the launcher passes, or null to follow the system locale. */
    public String nl() {
        return nl;
    }

    public String label() {
        return switch (this) {
            case SYSTEM -> Messages.Language_system;
            case VIETNAMESE -> Messages.Language_vietnamese;
            case ENGLISH -> Messages.Language_english;
        };
    }

    /** The value stored in the preference file, as the launcher script reads it. */
    public String storedValue() {
        return nl == null ? "system" : nl; //$NON-NLS-1$
    }

    public static LanguagePreference fromStored(String value) {
        for (LanguagePreference p : values()) {
            if (p.storedValue().equals(value)) {
                return p;
            }
        }
        return DEFAULT;
    }

    /** Whether the running workbench already uses this language. */
    public boolean isInEffect() {
        return nl == null || Locale.getDefault().getLanguage().equals(nl);
    }

    public static LanguagePreference load() {
        return fromStored(node().get(KEY, DEFAULT.storedValue()));
    }

    public void save() throws BackingStoreException {
        IEclipsePreferences node = node();
        node.put(KEY, storedValue());
        node.flush();
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(WorkbenchIds.BUNDLE_ID);
    }
}
