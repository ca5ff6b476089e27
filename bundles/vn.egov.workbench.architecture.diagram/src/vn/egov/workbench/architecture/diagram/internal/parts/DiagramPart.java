package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.draw2d.FreeformLayer;
import org.eclipse.draw2d.FreeformLayout;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.MarginBorder;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;
import org.eclipse.gef.editpolicies.RootComponentEditPolicy;

import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramConnection;

/** The diagram: a free-form canvas holding the top-level shapes; it keeps the connection index up to date. */
public class DiagramPart extends AbstractGraphicalEditPart {

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification n) {
            if (n.isTouch() || !isActive()) {
                return;
            }
            if (n.getFeature() == Literals.DIAGRAM_CONTAINER__CHILDREN) {
                refreshChildren();
            } else if (n.getFeature() == Literals.DIAGRAM__CONNECTIONS) {
                connectionsChanged(n);
            }
        }
    };

    public DiagramPart(Diagram diagram) {
        setModel(diagram);
    }

    public Diagram getDiagram() {
        return (Diagram) getModel();
    }

    @Override
    protected IFigure createFigure() {
        FreeformLayer layer = new FreeformLayer();
        layer.setLayoutManager(new FreeformLayout());
        layer.setBorder(new MarginBorder(10));
        return layer;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.COMPONENT_ROLE, new RootComponentEditPolicy());
        installEditPolicy(EditPolicy.LAYOUT_ROLE, new ShapeLayoutPolicy());
    }

    @Override
    protected List<?> getModelChildren() {
        return getDiagram().getChildren();
    }

    @Override
    public void activate() {
        super.activate();
        getDiagram().eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        getDiagram().eAdapters().remove(listener);
        super.deactivate();
    }

    /** Rebuilds the index and refreshes the connections of the shapes at either end of what changed. */
    private void connectionsChanged(Notification n) {
        DiagramContext.of(this).index().invalidate();
        List<DiagramConnection> changed = new ArrayList<>();
        collect(n.getOldValue(), changed);
        collect(n.getNewValue(), changed);
        for (DiagramConnection c : changed) {
            refreshEnd(c.getSource());
            refreshEnd(c.getTarget());
        }
    }

    private static void collect(Object value, List<DiagramConnection> into) {
        if (value instanceof DiagramConnection c) {
            into.add(c);
        } else if (value instanceof Collection<?> all) {
            for (Object o : all) {
                collect(o, into);
            }
        }
    }

    private void refreshEnd(EObject shape) {
        EditPart part = (EditPart) getViewer().getEditPartRegistry().get(shape);
        if (part instanceof ShapePart s && s.isActive()) {
            s.refreshConnections();
        }
    }

    @Override
    @SuppressWarnings("rawtypes") //$NON-NLS-1$
    public Object getAdapter(Class key) {
        if (key == EObject.class || key == Diagram.class) {
            return getDiagram();
        }
        return super.getAdapter(key);
    }
}
