package vn.egov.workbench.inspection.store;

import org.eclipse.osgi.util.NLS;

/** Messages of the store that users see (conflicts, refusals, database errors). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "vn.egov.workbench.inspection.store.messages"; //$NON-NLS-1$

    public static String Config_badUrl;
    public static String Migration_changed;
    public static String Migration_failed;
    public static String Migration_missing;
    public static String Store_cannotOpen;
    public static String Store_conflict;
    public static String Store_failed;
    public static String Store_notFound;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
