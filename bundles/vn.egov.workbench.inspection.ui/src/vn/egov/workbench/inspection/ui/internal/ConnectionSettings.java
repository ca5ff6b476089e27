package vn.egov.workbench.inspection.ui.internal;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.prefs.BackingStoreException;

import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.ui.InspectionUi;

/**
 * The database connection set in Preferences: the JDBC URL and user in the workbench preferences, the
 * password in Eclipse secure storage (encrypted, never in the preference files). An empty URL means the
 * embedded database in the user's data folder.
 */
public record ConnectionSettings(String url, String user, String password) {

    static final String URL = "db.url"; //$NON-NLS-1$
    static final String USER = "db.user"; //$NON-NLS-1$
    static final String PASSWORD = "password"; //$NON-NLS-1$
    static final String SECURE_NODE = InspectionUi.BUNDLE_ID + "/database"; //$NON-NLS-1$
    static final String PROVIDER_ID = InspectionUi.BUNDLE_ID + ".keyFile"; //$NON-NLS-1$

    private static ISecurePreferences secureRoot;

    public ConnectionSettings {
        url = url == null ? "" : url.strip(); //$NON-NLS-1$
        user = user == null ? "" : user.strip(); //$NON-NLS-1$
        password = password == null ? "" : password; //$NON-NLS-1$
    }

    public boolean isEmbedded() {
        return url.isEmpty();
    }

    /** The store configuration; throws IllegalArgumentException (with a clear message) for a bad URL. */
    public StoreConfig toConfig() {
        return isEmbedded() ? StoreConfig.defaultEmbedded() : new StoreConfig(url, user.isEmpty() ? null : user, password);
    }

    public static ConnectionSettings load() {
        IEclipsePreferences prefs = preferences();
        String password = ""; //$NON-NLS-1$
        try {
            password = secure().get(PASSWORD, ""); //$NON-NLS-1$
        } catch (StorageException e) {
            // an unreadable secret is treated as none: the connection then reports the refused login
        }
        return new ConnectionSettings(prefs.get(URL, ""), prefs.get(USER, ""), password); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Stores the settings; the password encrypted. */
    public void save() throws StorageException, BackingStoreException {
        IEclipsePreferences prefs = preferences();
        prefs.put(URL, url);
        prefs.put(USER, user);
        prefs.flush();
        ISecurePreferences node = secure();
        if (password.isEmpty()) {
            node.remove(PASSWORD);
        } else {
            node.put(PASSWORD, password, true);
        }
        try {
            node.flush();
        } catch (IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(InspectionUi.BUNDLE_ID);
    }

    private static ISecurePreferences secure() throws StorageException {
        return root().node(SECURE_NODE);
    }

    /** Secure storage in the user's data folder, so that $EGOV_WORKBENCH_HOME keeps everything together. */
    private static synchronized ISecurePreferences root() throws StorageException {
        if (secureRoot == null) {
            useStorage(StoreConfig.dataFolder().resolve("secure_storage")); //$NON-NLS-1$
        }
        return secureRoot;
    }

    /** Opens the secure storage file at {@code file} (tests use a temporary one). */
    public static synchronized void useStorage(Path file) throws StorageException {
        try {
            Map<String, Object> options = new HashMap<>();
            options.put(IProviderHints.REQUIRED_MODULE_ID, PROVIDER_ID);
            options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
            URL location = file.toUri().toURL();
            ISecurePreferences opened = SecurePreferencesFactory.open(location, options);
            if (opened == null) {
                throw new StorageException(StorageException.INTERNAL_ERROR, file.toString());
            }
            secureRoot = opened;
        } catch (IOException e) {
            throw new StorageException(StorageException.INTERNAL_ERROR, e);
        }
    }
}
