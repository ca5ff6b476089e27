package vn.egov.workbench.example.smartcity.internal;

import org.eclipse.osgi.util.NLS;

/** The view's texts: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.example.smartcity.internal.messages"; //$NON-NLS-1$

    public static String View_article;
    public static String View_behaviour;
    public static String View_fine;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
