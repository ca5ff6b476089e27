package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.List;

import org.eclipse.draw2d.ConnectionAnchor;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ConnectionEditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.NodeEditPart;
import org.eclipse.gef.Request;
import org.eclipse.gef.RequestConstants;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.DiagramShape;

/** A node or a group: bounds from the model, nested shapes, connections, delete, connect and rename. */
public abstract class ShapePart extends AbstractGraphicalEditPart implements NodeEditPart {

    public static final int DEFAULT_WIDTH = 150;
    public static final int DEFAULT_HEIGHT = 55;

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (!n.isTouch() && isActive()) {
                changed(n);
            }
        }
    };

    private ConnectionAnchor anchor;

    protected ShapePart(DiagramShape shape) {
        setModel(shape);
    }

    public DiagramShape getShape() {
        return (DiagramShape) getModel();
    }

    /** The model object the user thinks of when selecting this part: the element, or the group itself. */
    public abstract EObject getShown();

    /** The text that direct edit changes. */
    public abstract String getEditableText();

    protected void changed(Notification n) {
        if (n.getFeature() == Literals.DIAGRAM_CONTAINER__CHILDREN) {
            refreshChildren();
        }
        refreshVisuals();
    }

    protected Adapter listener() {
        return listener;
    }

    @Override
    public void activate() {
        super.activate();
        getShape().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        getShape().eAdapters().remove(listener);
        super.deactivate();
    }

    /** Re-reads this shape's connections from the index (after the diagram's connections changed). */
    public void refreshConnections() {
        refreshSourceConnections();
        refreshTargetConnections();
    }

    @Override
    protected List<?> getModelChildren() {
        return getShape().getChildren();
    }

    @Override
    protected List<?> getModelSourceConnections() {
        return DiagramContext.of(this).index().sourcesOf(getShape());
    }

    @Override
    protected List<?> getModelTargetConnections() {
        return DiagramContext.of(this).index().targetsOf(getShape());
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new DeletePolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new ShapeLayoutPolicy());
        installEditPolicy(EditPolicy.GRAPHICAL_NODE_ROLE, new ConnectPolicy());
        installEditPolicy(EditPolicy.DIRECT_EDIT_ROLE, new NameEditPolicy());
    }

    /** The bounds in the container, a width or height of -1 meaning the default size. */
    public Rectangle getModelBounds() {
        DiagramShape s = getShape();
        return new Rectangle(s.getX(), s.getY(), s.getWidth() > 0 ? s.getWidth() : DEFAULT_WIDTH,
                s.getHeight() > 0 ? s.getHeight() : DEFAULT_HEIGHT);
    }

    @Override
    protected void refreshVisuals() {
        ((GraphicalEditPart) getParent()).setLayoutConstraint(this, getFigure(), getModelBounds());
    }

    @Override
    public void performRequest(Request request) {
        if (request.getType() == RequestConstants.REQ_DIRECT_EDIT || request.getType() == RequestConstants.REQ_OPEN) {
            new NameEditManager(this).show();
        }
    }

    @Override
    @SuppressWarnings("rawtypes") //$NON-NLS-1$
    public Object getAdapter(Class key) {
        EObject shown = getShown();
        if (shown != null && (key == EObject.class || key.isInstance(shown))) {
            return shown;
        }
        return super.getAdapter(key);
    }

    /** One anchor per shape, shared by all its connections. */
    private ConnectionAnchor anchor() {
        if (anchor == null) {
            anchor = new ShapeAnchor(getFigure(), ((GraphicalEditPart) getViewer().getContents()).getFigure());
        }
        return anchor;
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getSourceConnectionAnchor(Request request) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(ConnectionEditPart connection) {
        return anchor();
    }

    @Override
    public ConnectionAnchor getTargetConnectionAnchor(Request request) {
        return anchor();
    }
}
