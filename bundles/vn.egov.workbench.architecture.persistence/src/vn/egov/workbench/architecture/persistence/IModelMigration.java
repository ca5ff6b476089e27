package vn.egov.workbench.architecture.persistence;

/**
 * Brings a model loaded from an older file up to a newer format version. Migrations run after EMF has
 * loaded the file: the objects are there, and whatever the current metamodel no longer knows (removed or
 * renamed attributes and elements) is kept for the migration as unknown features, see
 * {@link MigrationContext}. Register migrations with {@link ModelMigrations#register(IModelMigration)}.
 */
public interface IModelMigration {

    /** The format version this migration reads. */
    int fromVersion();

    /** The format version the model has afterwards; greater than {@link #fromVersion()}. */
    int toVersion();

    /**
     * Changes the model in place. Unknown features the migration has dealt with must be removed from the
     * context; any left over after the last migration make the load fail rather than lose data silently.
     *
     * @throws Exception when the model cannot be migrated; the load then fails with the exception's message
     */
    void migrate(MigrationContext context) throws Exception;
}
