package vn.egov.workbench.architecture.diagram.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised strings: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.architecture.diagram.internal.messages"; //$NON-NLS-1$

    public static String Palette_tools;
    public static String Palette_elements;
    public static String Palette_relations;
    public static String Palette_group;
    public static String Palette_groupDescription;
    public static String Palette_line;
    public static String Palette_lineDescription;
    public static String Palette_create;
    public static String Palette_connect;
    public static String Refused_rule;
    public static String Refused_allowed;
    public static String Refused_noneAllowed;
    public static String Refused_notElement;
    public static String Cmd_create;
    public static String Cmd_move;
    public static String Cmd_delete;
    public static String Cmd_connect;
    public static String Cmd_rename;
    public static String Cmd_addToDiagram;
    public static String Cmd_newDiagram;
    public static String Group_label;
    public static String Export_png;
    public static String Export_svg;
    public static String Export_failedTitle;
    public static String Export_failed;
    public static String Zoom_fit;
    public static String Zoom_in;
    public static String Zoom_out;
    public static String DirectEdit;
    public static String Editor_saveFailedTitle;
    public static String Editor_saveFailed;
    public static String Editor_openFailed;
    public static String AddToDiagram_title;
    public static String AddToDiagram_noDiagram;
    public static String AddToDiagram_nothing;
    public static String NewDiagram_name;
    public static String Problems_marker;
    public static String Domain_users;
    public static String Domain_channels;
    public static String Domain_portals;
    public static String Domain_business;
    public static String Domain_organisation;
    public static String Domain_applications;
    public static String Domain_data;
    public static String Domain_integration;
    public static String Domain_infrastructure;
    public static String Domain_security;
    public static String Domain_policy;
    public static String Domain_projects;
    public static String Domain_other;
    public static String Palette_select;
    public static String Palette_marquee;
    public static String Edit_undo;
    public static String Edit_redo;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
