package vn.egov.workbench.inspection.cli.internal;

import org.eclipse.osgi.util.NLS;

/** Externalised command output: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.inspection.cli.internal.messages"; //$NON-NLS-1$

    public static String Inspections_usage;
    public static String Inspections_unknown;
    public static String Inspections_unexpected;
    public static String Summary_title;
    public static String Summary_rounds;
    public static String Summary_records;
    public static String Summary_decisions;
    public static String Summary_total;
    public static String Summary_collected;
    public static String Summary_outstanding;
    public static String Deadline_record;
    public static String Deadline_rule;
    public static String Deadline_legalBasis;
    public static String Deadline_skipped;
    public static String Deadline_result;
    public static String Deadline_unconfirmed;
    public static String Period_workingDays;
    public static String Period_days;
    public static String Period_months;
    public static String Case_standard;
    public static String Case_transferred;
    public static String Case_explanation;
    public static String Case_complex;
    public static String Fine_article;
    public static String Fine_violator;
    public static String Fine_range;
    public static String Fine_circumstances;
    public static String Fine_result;
    public static String Fine_warningAllowed;
    public static String Fine_unconfirmed;
    public static String Step_minimum;
    public static String Step_lower;
    public static String Step_midpoint;
    public static String Step_upper;
    public static String Step_maximum;
    public static String Import_done;
    public static String Import_noFile;
    public static String Import_decisionsNeedRecords;
    public static String Export_done;
    public static String Export_file;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
