package vn.egov.workbench.app;

/**
 * Identifiers of the application's perspectives, views and placeholders, for bundles that contribute
 * to them (later issues replace the placeholder views with real ones).
 */
public final class WorkbenchIds {

    public static final String BUNDLE_ID = "vn.egov.workbench.app"; //$NON-NLS-1$
    public static final String PRODUCT_ID = BUNDLE_ID + ".product"; //$NON-NLS-1$
    public static final String APPLICATION_ID = BUNDLE_ID + ".application"; //$NON-NLS-1$

    public static final String ARCHITECTURE_PERSPECTIVE = BUNDLE_ID + ".perspective.architecture"; //$NON-NLS-1$
    public static final String INSPECTION_PERSPECTIVE = BUNDLE_ID + ".perspective.inspection"; //$NON-NLS-1$

    /** Placeholder views; each perspective lays out the real views by these ids as they arrive. */
    public static final String MODEL_TREE_VIEW = BUNDLE_ID + ".view.modelTree"; //$NON-NLS-1$
    /** The architecture models' Problems view, supplied by vn.egov.workbench.architecture.editor. */
    public static final String MODEL_PROBLEMS_VIEW = "vn.egov.workbench.architecture.editor.problems"; //$NON-NLS-1$
    public static final String ROUNDS_VIEW = BUNDLE_ID + ".view.rounds"; //$NON-NLS-1$
    public static final String CASES_VIEW = BUNDLE_ID + ".view.cases"; //$NON-NLS-1$

    public static final String GENERAL_PREFERENCE_PAGE = BUNDLE_ID + ".preferences.general"; //$NON-NLS-1$

    private WorkbenchIds() {
    }
}
