package vn.egov.workbench.architecture.diagram;

import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

import vn.egov.workbench.architecture.model.Diagram;

/**
 * Opens a diagram of an open model. Two inputs are equal when they hold the same diagram object, so opening a
 * diagram twice brings its editor to the front. Not persisted: the model must be open before its diagrams.
 */
public final class DiagramEditorInput implements IEditorInput {

    private final Diagram diagram;

    public DiagramEditorInput(Diagram diagram) {
        this.diagram = Objects.requireNonNull(diagram, "diagram"); //$NON-NLS-1$
    }

    public Diagram getDiagram() {
        return diagram;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return null;
    }

    @Override
    public String getName() {
        return diagram.getName() == null ? "" : diagram.getName(); //$NON-NLS-1$
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return getName();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(diagram) ? adapter.cast(diagram) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiagramEditorInput other && other.diagram == diagram;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(diagram);
    }
}
