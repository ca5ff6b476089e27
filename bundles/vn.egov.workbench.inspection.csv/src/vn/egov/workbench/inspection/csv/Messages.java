package vn.egov.workbench.inspection.csv;

import org.eclipse.osgi.util.NLS;

/** Messages of the CSV import and export: messages.properties (English), messages_vi.properties. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "vn.egov.workbench.inspection.csv.messages"; //$NON-NLS-1$

    public static String Problem_row;
    public static String Problem_cell;
    public static String Import_refused;
    public static String Import_more;
    public static String File_unreadable;
    public static String File_notUtf8;
    public static String File_empty;
    public static String File_badCsv;
    public static String Header_missing;
    public static String Header_unknown;
    public static String Cell_required;
    public static String Cell_notDate;
    public static String Cell_notDateTime;
    public static String Cell_notNumber;
    public static String Cell_notAmount;
    public static String Cell_notBoolean;
    public static String Cell_notChoice;
    public static String Cell_badItem;
    public static String Cell_rule;
    public static String Row_duplicate;
    public static String Row_endBeforeStart;
    public static String Row_roundNeedsActualStart;
    public static String Row_roundNeedsActualEnd;
    public static String Row_unknownRound;
    public static String Row_ambiguousRound;
    public static String Row_refusalUnexplained;
    public static String Row_inDatabase;
    public static String Row_unknownRecord;
    public static String Row_statusNeedsDecision;
    public static String Row_statusForbidsDecision;
    public static String Row_decisionBeforeRecord;
    public static String Row_lineNotABehaviour;
    public static String Row_rangeDiffers;
    public static String Row_fineOutsideRange;
    public static String Row_totalDiffers;
    public static String Row_paidTooMuch;
    public static String Row_paidNotFully;
    public static String Row_dateBeforeDecision;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
