package vn.egov.workbench.export.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Export wizard texts: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.export.ui.internal.messages"; //$NON-NLS-1$

    public static String Wizard_title;
    public static String Page_title;
    public static String Page_description;
    public static String Page_model;
    public static String Page_browse;
    public static String Page_format;
    public static String Page_columnName;
    public static String Page_columnFormat;
    public static String Page_columnPlugin;
    public static String Page_columnDescription;
    public static String Page_folder;
    public static String Page_noModel;
    public static String Page_noFormat;
    public static String Page_noFolder;
    public static String Page_noExporters;
    public static String Page_disabledPlugins;
    public static String Export_cannotLoad;
    public static String Export_done;
    public static String Faults_title;
    public static String Faults_message;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
