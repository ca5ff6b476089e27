package vn.egov.workbench.export;

/** An export that did not happen; the message is for the user and names the exporter or the output. */
public class ExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean outputProblem;

    public ExportException(String message, Throwable cause, boolean outputProblem) {
        super(message, cause);
        this.outputProblem = outputProblem;
    }

    /** True when the output could not be written (bad input), false when the exporter failed (internal). */
    public boolean isOutputProblem() {
        return outputProblem;
    }
}
