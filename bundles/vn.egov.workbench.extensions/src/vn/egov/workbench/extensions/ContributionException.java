package vn.egov.workbench.extensions;

/** A contribution is malformed or its class cannot be created; the message says what and where. */
public class ContributionException extends Exception {

    private static final long serialVersionUID = 1L;

    public ContributionException(String message) {
        super(message);
    }

    public ContributionException(String message, Throwable cause) {
        super(message, cause);
    }
}
