package vn.egov.workbench.architecture.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised command output: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.architecture.cli.internal.messages"; //$NON-NLS-1$

    public static String Model_usage;
    public static String Model_unexpected;
    public static String Model_missing;
    public static String Model_corrupt;
    public static String Model_corruptAt;
    public static String Validate_problem;
    public static String Validate_summary;
    public static String Validate_valid;
    public static String Validate_invalid;
    public static String Validate_disabled;
    public static String Stats_model;
    public static String Stats_elements;
    public static String Stats_byKind;
    public static String Stats_byDomain;
    public static String Stats_relations;
    public static String Stats_byType;
    public static String Stats_diagrams;
    public static String Stats_properties;
    public static String Stats_noVersion;
    public static String Export_usage;
    public static String Export_cannotWrite;
    public static String Export_written;
    public static String Domain_USER;
    public static String Domain_ORGANISATION;
    public static String Domain_STAKEHOLDERS;
    public static String Domain_BUSINESS;
    public static String Domain_DATA;
    public static String Domain_APPLICATION;
    public static String Domain_TECHNOLOGY;
    public static String Domain_SECURITY;
    public static String Domain_ACCESS_CHANNELS;
    public static String Domain_POLICIES;
    public static String Domain_PROJECTS;
    public static String Domain_RELATIONS;
    public static String Domain_DIAGRAMS;
    public static String Domain_none;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
