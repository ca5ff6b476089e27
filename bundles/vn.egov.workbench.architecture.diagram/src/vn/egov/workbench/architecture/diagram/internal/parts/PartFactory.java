package vn.egov.workbench.architecture.diagram.internal.parts;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartFactory;

import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramGroup;
import vn.egov.workbench.architecture.model.DiagramNode;

/** Makes the edit part of each diagram model object. */
public class PartFactory implements EditPartFactory {

    @Override
    public EditPart createEditPart(EditPart context, Object model) {
        if (model instanceof Diagram d) {
            return new DiagramPart(d);
        }
        if (model instanceof DiagramNode n) {
            return new NodePart(n);
        }
        if (model instanceof DiagramGroup g) {
            return new GroupPart(g);
        }
        if (model instanceof DiagramConnection c) {
            return new ConnectionPart(c);
        }
        throw new IllegalArgumentException("No edit part for " + model); //$NON-NLS-1$
    }
}
