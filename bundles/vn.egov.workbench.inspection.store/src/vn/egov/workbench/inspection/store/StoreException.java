package vn.egov.workbench.inspection.store;

/**
 * A store operation that did not happen; nothing of it was saved. The message is for the user, in
 * the workbench's language; {@link #kind()} lets callers react (e.g. reload on a conflict).
 */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** Someone else saved the object since it was loaded (optimistic lock). */
        CONFLICT,
        /** The change breaks a legal rule (e.g. a status change out of the legal order). */
        RULE,
        /** The object does not exist (any more). */
        NOT_FOUND,
        /** The schema migrations could not be applied or do not match. */
        MIGRATION,
        /** The database refused or failed. */
        DATABASE
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
