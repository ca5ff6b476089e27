package vn.egov.workbench.cli;

/** Bad usage or input; the message is shown to the user as it is, so it names what is wrong. */
public class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    public CliException(String message) {
        this(message, ExitCodes.USAGE);
    }

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(String message, Throwable cause) {
        super(message, cause);
        this.exitCode = ExitCodes.USAGE;
    }

    public int exitCode() {
        return exitCode;
    }
}
