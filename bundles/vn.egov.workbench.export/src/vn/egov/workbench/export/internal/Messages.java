package vn.egov.workbench.export.internal;

import org.eclipse.osgi.util.NLS;

/** Export texts: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.export.internal.messages"; //$NON-NLS-1$

    public static String Registry_badFormat;
    public static String Registry_duplicate;
    public static String Export_unavailable;
    public static String Export_cannotWrite;
    public static String Export_failed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
