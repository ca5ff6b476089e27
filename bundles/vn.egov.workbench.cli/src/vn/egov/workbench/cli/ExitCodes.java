package vn.egov.workbench.cli;

/** Exit codes shared by every command, documented in the README. */
public final class ExitCodes {

    /** The command did what was asked and found nothing wrong. */
    public static final int OK = 0;
    /** The command ran and found problems (for example validation errors). */
    public static final int FINDINGS = 1;
    /** Bad usage or bad input: unknown command, wrong arguments, missing or corrupt file. */
    public static final int USAGE = 2;
    /** An internal failure: a bug or a broken plug-in. */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }
}
