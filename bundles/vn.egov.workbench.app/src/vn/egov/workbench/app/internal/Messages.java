package vn.egov.workbench.app.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised UI strings: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.app.internal.messages"; //$NON-NLS-1$

    public static String Window_title;
    public static String Status_ready;
    public static String Menu_file;
    public static String Menu_edit;
    public static String Menu_window;
    public static String Menu_help;
    public static String File_save;
    public static String File_saveAs;
    public static String File_saveAll;
    public static String File_close;
    public static String File_closeAll;
    public static String File_quit;
    public static String Edit_undo;
    public static String Edit_redo;
    public static String Edit_cut;
    public static String Edit_copy;
    public static String Edit_paste;
    public static String Edit_delete;
    public static String Edit_selectAll;
    public static String Window_openPerspective;
    public static String Window_otherPerspective;
    public static String Window_showView;
    public static String Window_resetPerspective;
    public static String Window_preferences;
    public static String Help_about;
    public static String About_title;
    public static String About_version;
    public static String About_buildId;
    public static String About_java;
    public static String About_description;
    public static String Dialog_close;
    public static String Language_system;
    public static String Language_vietnamese;
    public static String Language_english;
    public static String Preferences_general_description;
    public static String Preferences_language;
    public static String Preferences_language_restart;
    public static String Preferences_language_restartNow;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
