package vn.egov.workbench.architecture.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Objects;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.edit.kinds.ElementKindsAdapterFactory;
import vn.egov.workbench.architecture.persistence.EgovResource;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.validation.Validator;

/**
 * One open architecture model: its resource, its editing domain and its single command stack. The tree editor,
 * the Properties view and every diagram of the model execute their commands on this stack, so Undo and Redo see
 * one history and the dirty state is the model's, not an editor's.
 * <p>
 * Get documents from {@link ModelDocuments}; find the document of any model object with
 * {@link ModelDocuments#documentFor(org.eclipse.emf.ecore.EObject)} or EMF's
 * {@link AdapterFactoryEditingDomain#getEditingDomainFor(Object)}.
 */
public final class ModelDocument {

    private final ModelDocuments owner;
    private final Architecture model;
    private final BasicCommandStack commandStack = new BasicCommandStack();
    private final ComposedAdapterFactory adapterFactory;
    private final AdapterFactoryEditingDomain domain;
    private Path file;
    private boolean closed;
    private ModelProblems problems = ModelProblems.NONE;

    ModelDocument(ModelDocuments owner, Architecture model, Path file) {
        this.owner = owner;
        this.model = model;
        this.file = file == null ? null : file.toAbsolutePath().normalize();
        this.adapterFactory = new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        // the registry covers every EPackage with registered item providers; kinds that plug-ins contribute
        // without item providers of their own get generic ones
        ElementKindsAdapterFactory.install(adapterFactory);
        this.domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack, new HashMap<Resource, Boolean>());
        Resource resource = model.eResource();
        if (resource == null) {
            resource = new EgovResource(URI.createFileURI(this.file == null ? "untitled.egov" //$NON-NLS-1$
                    : this.file.toString()));
            resource.getContents().add(model);
        }
        domain.getResourceSet().getResources().add(resource);
        // every executed, undone or redone command may change the dirty state and labels; listeners refresh cheaply
        commandStack.addCommandStackListener(event -> {
            if (!closed) {
                owner.fire(this, IModelDocumentListener.Change.DIRTY);
            }
        });
    }

    public Architecture getModel() {
        return model;
    }

    public AdapterFactoryEditingDomain getEditingDomain() {
        return domain;
    }

    public BasicCommandStack getCommandStack() {
        return commandStack;
    }

    /** Item providers of every registered EPackage; label, content and property providers are built on it. */
    public ComposedAdapterFactory getAdapterFactory() {
        return adapterFactory;
    }

    /** The file, or {@code null} for a new model not saved yet. */
    public Path getFile() {
        return file;
    }

    /** The file name, or the model's name for a model never saved. */
    public String getName() {
        if (file != null) {
            return file.getFileName().toString();
        }
        return Objects.requireNonNullElse(model.getName(), "untitled.egov"); //$NON-NLS-1$
    }

    public boolean isDirty() {
        return commandStack.isSaveNeeded() || file == null;
    }

    /** Saves into the current file; a model never saved needs {@link #saveAs(Path)}. */
    public void save() throws IOException {
        if (file == null) {
            throw new IllegalStateException("A new model needs Save As"); //$NON-NLS-1$
        }
        saveAs(file);
    }

    /**
     * Writes the model atomically (see {@link ModelFiles#save}); on failure the file, the dirty state and the
     * current file name stay as they were.
     */
    public void saveAs(Path target) throws IOException {
        Path normalized = target.toAbsolutePath().normalize();
        owner.checkNotOpenElsewhere(this, normalized);
        ModelFiles.save(model, normalized);
        file = normalized;
        model.eResource().setURI(URI.createFileURI(normalized.toString()));
        commandStack.saveIsDone();
        owner.fire(this, IModelDocumentListener.Change.SAVED);
        owner.fire(this, IModelDocumentListener.Change.DIRTY);
    }

    /** Validates the model with the registered rules and tells listeners ({@code Change.PROBLEMS}). */
    public ModelProblems validate() {
        problems = new ModelProblems(Validator.validate(model));
        owner.fire(this, IModelDocumentListener.Change.PROBLEMS);
        return problems;
    }

    /** The result of the last {@link #validate()}; none before the first. */
    public ModelProblems getProblems() {
        return problems;
    }

    /** Closes the model without saving; callers ask the user first when {@link #isDirty()}. */
    public void close() {
        owner.close(this);
    }

    public boolean isClosed() {
        return closed;
    }

    void dispose() {
        closed = true;
        commandStack.flush();
        adapterFactory.dispose();
    }
}
