package vn.egov.workbench.architecture.editing;

/** Told about changes of the open models; every editor and view showing a model listens. */
public interface IModelDocumentListener {

    enum Change {
        /** A model was opened or created ({@link ModelDocuments#open}, {@link ModelDocuments#adopt}). */
        OPENED,
        /** The model gained or lost unsaved changes (a command was executed, undone, redone or it was saved). */
        DIRTY,
        /** The model was written to its file; after Save As the file differs. */
        SAVED,
        /** {@link ModelDocument#validate()} produced new problems; markers and the Problems view refresh. */
        PROBLEMS,
        /** The model was closed; its editors close too. */
        CLOSED
    }

    void documentChanged(ModelDocument document, Change change);
}
