package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised strings: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.architecture.editor.internal.messages"; //$NON-NLS-1$

    public static String Tree_group;
    public static String Delete_title;
    public static String Delete_dangling;
    public static String Action_delete;
    public static String Action_copy;
    public static String Action_paste;
    public static String Action_rename;
    public static String Action_validate;
    public static String Action_undo;
    public static String Action_undoNamed;
    public static String Action_redo;
    public static String Action_redoNamed;
    public static String Menu_new;
    public static String Menu_otherKinds;
    public static String Menu_folder;
    public static String Editor_badInput;
    public static String Editor_filter;
    public static String Save_failedTitle;
    public static String File_filterName;
    public static String File_allFiles;
    public static String Category_general;
    public static String Category_relationships;
    public static String Category_kind;
    public static String Category_properties;
    public static String Category_lifecycle;
    public static String Properties_title;
    public static String Open_failedTitle;
    public static String Open_failed;
    public static String Open_noSample;
    public static String NewModel_title;
    public static String NewModel_pageTitle;
    public static String NewModel_pageDescription;
    public static String NewModel_templates;
    public static String Problems_severity;
    public static String Problems_element;
    public static String Problems_message;
    public static String Problems_rule;
    public static String Problems_model;
    public static String Action_validateAll;
    public static String Problems_error;
    public static String Problems_warning;
    public static String Problems_info;
    public static String Problems_summary;
    public static String Models_links;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
