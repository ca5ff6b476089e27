package vn.egov.workbench.architecture.model.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the model bundle: messages.properties (English) and messages_vi.properties (Vietnamese). */
public final class Messages extends NLS {

    private static final String BUNDLE_NAME = "vn.egov.workbench.architecture.model.internal.messages"; //$NON-NLS-1$

    public static String Kinds_unknownPackage;
    public static String Kinds_unknownClass;
    public static String Kinds_notAKind;
    public static String Kinds_abstract;
    public static String Kinds_duplicate;
    public static String Kinds_badColour;
    public static String Kinds_badShape;
    public static String Kinds_badFolder;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
