package vn.egov.workbench.emf.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised strings: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.emf.ui.internal.messages"; //$NON-NLS-1$

    public static String CellEditors_invalid;
    public static String CellEditors_required;
    public static String CellEditors_wholeNumber;
    public static String CellEditors_number;
    public static String CellEditors_date;
    public static String Value_yes;
    public static String Value_no;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
