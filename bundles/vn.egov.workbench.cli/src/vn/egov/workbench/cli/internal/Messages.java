package vn.egov.workbench.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised command-line strings: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.cli.internal.messages"; //$NON-NLS-1$

    public static String Cli_usage;
    public static String Cli_commands;
    public static String Cli_exitCodes;
    public static String Cli_unknownCommand;
    public static String Cli_internalError;
    public static String Cli_warning;
    public static String Registry_malformed;
    public static String Registry_duplicate;
    public static String Registry_cannotCreate;
    public static String Help_synopsis;
    public static String Help_contributedBy;
    public static String Version_line;

    public static String Options_unknown;
    public static String Options_missingValue;
    public static String Options_repeated;
    public static String Options_required;
    public static String Options_notANumber;
    public static String Options_notADate;
    public static String Options_notAChoice;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
