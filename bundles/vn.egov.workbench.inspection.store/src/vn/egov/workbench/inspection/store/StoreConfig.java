package vn.egov.workbench.inspection.store;

import java.nio.file.Path;

/**
 * Where the inspection data lives: a JDBC URL ({@code jdbc:h2:file:...} or
 * {@code jdbc:postgresql://host/db}) with user and password. The password is never printed.
 */
public record StoreConfig(String url, String user, String password) {

    public StoreConfig {
        if (url == null || !(url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:"))) { //$NON-NLS-1$ //$NON-NLS-2$
            throw new IllegalArgumentException(org.eclipse.osgi.util.NLS.bind(Messages.Config_badUrl, url));
        }
    }

    /** The embedded H2 file database at {@code file} (H2 adds ".mv.db"); created on first use. */
    public static StoreConfig embedded(Path file) {
        return new StoreConfig("jdbc:h2:file:" + file.toAbsolutePath(), "sa", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The default: {@code data/inspections} in the user's data folder ({@link #dataFolder()}). */
    public static StoreConfig defaultEmbedded() {
        return embedded(dataFolder().resolve("data").resolve("inspections")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** $EGOV_WORKBENCH_HOME, else ~/.egov-workbench (the same folder the launcher script uses). */
    public static Path dataFolder() {
        String home = System.getenv("EGOV_WORKBENCH_HOME"); //$NON-NLS-1$
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        return Path.of(System.getProperty("user.home"), ".egov-workbench"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public boolean isEmbedded() {
        return url.startsWith("jdbc:h2:"); //$NON-NLS-1$
    }

    @Override
    public String toString() {
        return url + (user == null || user.isEmpty() ? "" : " (" + user + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
