package vn.egov.workbench.architecture.persistence;

/** Facts about the {@code .egov} file format. */
public final class ModelFormat {

    /** File name extension of architecture model files, without the dot. */
    public static final String FILE_EXTENSION = "egov";

    /**
     * The format version this workbench writes. Version 0 is a file written before the format was versioned.
     * Raise it (and register an {@link IModelMigration} from the old version) whenever files written by
     * the new code could not be read by the old code, or old files need changing to be read correctly.
     */
    public static final int CURRENT_VERSION = 1;

    private ModelFormat() {
    }
}
