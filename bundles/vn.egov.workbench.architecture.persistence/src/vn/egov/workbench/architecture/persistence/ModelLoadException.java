package vn.egov.workbench.architecture.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.persistence.internal.Messages;

/**
 * A model file could not be loaded. The message (in the workbench's language) names the file, the line
 * and column when known, and the cause; the parts are also available on their own.
 */
public class ModelLoadException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param line   1-based line, or -1 when unknown
     * @param column 1-based column, or -1 when unknown
     * @param reason the cause, already in the user's language
     */
    public ModelLoadException(Path file, int line, int column, String reason, Throwable cause) {
        super(compose(file, line, column, reason), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    public Path getFile() {
        return file;
    }

    /** 1-based line of the problem, or -1 when the problem is not at a place in the file. */
    public int getLine() {
        return line;
    }

    /** 1-based column of the problem, or -1 when unknown. */
    public int getColumn() {
        return column;
    }

    /** The cause alone, without file and line. */
    public String getReason() {
        return reason;
    }

    private static String compose(Path file, int line, int column, String reason) {
        if (line <= 0) {
            return NLS.bind(Messages.Load_failed, file, reason);
        }
        if (column <= 0) {
            return NLS.bind(Messages.Load_failedAtLine, new Object[] { file, line, reason });
        }
        return NLS.bind(Messages.Load_failedAtColumn, new Object[] { file, line, column, reason });
    }
}
