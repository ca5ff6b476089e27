package vn.egov.workbench.architecture.persistence.internal;

import org.eclipse.emf.ecore.xmi.XMIException;

/** A problem the workbench itself found in a file; its message is already in the user's language. */
public class FormatException extends XMIException {

    private static final long serialVersionUID = 1L;

    private final String reason;

    public FormatException(String reason, String location, int line, int column) {
        super(reason, location, line, column);
        this.reason = reason;
    }

    /** The message alone (getMessage() adds the location). */
    public String reason() {
        return reason;
    }
}
