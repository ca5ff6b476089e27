package vn.egov.workbench.architecture.diagram.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.gef.EditPolicy;
import org.eclipse.gef.editparts.AbstractConnectionEditPart;
import org.eclipse.gef.editpolicies.ConnectionEndpointEditPolicy;

import vn.egov.workbench.architecture.diagram.internal.figures.ConnectionFigures;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.Relationship;

/** A connection: a relationship drawn in its type's style, or a plain line. */
public class ConnectionPart extends AbstractConnectionEditPart {

    public ConnectionPart(DiagramConnection connection) {
        setModel(connection);
    }

    public DiagramConnection getConnection() {
        return (DiagramConnection) getModel();
    }

    /** The relationship, or the connection itself when it is a plain line. */
    public EObject getShown() {
        Relationship r = getConnection().getRelationship();
        return r != null ? r : getConnection();
    }

    @Override
    protected IFigure createFigure() {
        Relationship r = getConnection().getRelationship();
        PolylineConnection figure = ConnectionFigures.create(r == null ? null : r.eClass());
        if (r != null) {
            IItemLabelProvider labels = (IItemLabelProvider) DiagramContext.of(this).document().getAdapterFactory()
                    .adapt(r, IItemLabelProvider.class);
            if (labels != null) {
                figure.setToolTip(new Label(labels.getText(r)));
            }
        }
        return figure;
    }

    @Override
    protected void createEditPolicies() {
        installEditPolicy(EditPolicy.CONNECTION_ENDPOINTS_ROLE, new ConnectionEndpointEditPolicy());
        installEditPolicy(EditPolicy.CONNECTION_ROLE, new ConnectionDeletePolicy());
    }

    @Override
    @SuppressWarnings("rawtypes") //$NON-NLS-1$
    public Object getAdapter(Class key) {
        EObject shown = getShown();
        if (key == EObject.class || key.isInstance(shown)) {
            return shown;
        }
        return super.getAdapter(key);
    }
}
