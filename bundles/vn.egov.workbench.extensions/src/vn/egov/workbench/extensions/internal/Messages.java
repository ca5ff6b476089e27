package vn.egov.workbench.extensions.internal;

import org.eclipse.osgi.util.NLS;

/** Fault texts: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.extensions.internal.messages"; //$NON-NLS-1$

    public static String Fault_line;
    public static String Fault_threw;
    public static String Fault_missingAttribute;
    public static String Fault_cannotCreate;
    public static String Fault_wrongType;
    public static String Fault_missingFile;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
