package vn.egov.workbench.architecture.samples;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A model file that cannot be read: missing, not XML, not an architecture model, or with broken references. The
 * message names the file, the line and column when known, and the cause.
 */
public class ModelFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    public ModelFileException(Path file, int line, int column, String reason, Throwable cause) {
        super(file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + reason, cause); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public Path file() {
        return file;
    }

    /** The line of the problem, or 0 when unknown. */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The cause in a few words (the parser's or EMF's message, in English). */
    public String reason() {
        return reason;
    }
}
