package vn.egov.workbench.architecture.persistence.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised messages: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.architecture.persistence.internal.messages"; //$NON-NLS-1$

    public static String Load_failed;
    public static String Load_failedAtLine;
    public static String Load_failedAtColumn;
    public static String Save_failed;
    public static String Cause_notFound;
    public static String Cause_empty;
    public static String Cause_io;
    public static String Cause_doctype;
    public static String Cause_xml;
    public static String Cause_wrongRoot;
    public static String Cause_unknownNamespace;
    public static String Cause_badVersion;
    public static String Cause_newerVersion;
    public static String Cause_noMigration;
    public static String Cause_migrationFailed;
    public static String Cause_unknownContent;
    public static String Cause_noModel;
    public static String Cause_model;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
