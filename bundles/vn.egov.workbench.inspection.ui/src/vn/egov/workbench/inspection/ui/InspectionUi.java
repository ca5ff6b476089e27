package vn.egov.workbench.inspection.ui;

/** Identifiers of the inspection views, the case editor and the preference page. */
public final class InspectionUi {

    public static final String BUNDLE_ID = "vn.egov.workbench.inspection.ui"; //$NON-NLS-1$
    /** The same ids as vn.egov.workbench.app.WorkbenchIds, whose perspective lays these views out. */
    public static final String ROUNDS_VIEW = "vn.egov.workbench.app.view.rounds"; //$NON-NLS-1$
    public static final String CASES_VIEW = "vn.egov.workbench.app.view.cases"; //$NON-NLS-1$
    public static final String DEADLINES_VIEW = BUNDLE_ID + ".view.deadlines"; //$NON-NLS-1$
    public static final String FINES_VIEW = BUNDLE_ID + ".view.fines"; //$NON-NLS-1$
    public static final String CASE_EDITOR = BUNDLE_ID + ".caseEditor"; //$NON-NLS-1$
    public static final String DATABASE_PREFERENCE_PAGE = BUNDLE_ID + ".preferences.database"; //$NON-NLS-1$

    private InspectionUi() {
    }
}
