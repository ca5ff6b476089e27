package vn.egov.workbench.architecture.diagram.internal.parts;

import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.XYLayoutEditPolicy;
import org.eclipse.gef.requests.CreateRequest;

import vn.egov.workbench.architecture.diagram.internal.Messages;
import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.commands.GefEmfCommand;
import vn.egov.workbench.architecture.model.DiagramContainer;
import vn.egov.workbench.architecture.model.DiagramGroup;
import vn.egov.workbench.architecture.model.DiagramShape;

/** Creating, moving, resizing and re-parenting shapes inside the diagram, a group or a node. */
class ShapeLayoutPolicy extends XYLayoutEditPolicy {

    @Override
    protected Command createChangeConstraintCommand(EditPart child, Object constraint) {
        if (!(child.getModel() instanceof DiagramShape shape) || !(constraint instanceof Rectangle r)) {
            return null;
        }
        return new GefEmfCommand(DiagramCommands.changeBounds(domain(), shape, r));
    }

    @Override
    protected Command createAddCommand(EditPart child, Object constraint) {
        if (!(child.getModel() instanceof DiagramShape shape) || !(constraint instanceof Rectangle r)) {
            return null;
        }
        return new GefEmfCommand(DiagramCommands.reparent(domain(), shape, container(), r));
    }

    @Override
    protected Command getCreateCommand(CreateRequest request) {
        Object created = request.getNewObject();
        if (!(created instanceof EObject object)) {
            return null;
        }
        Rectangle r = ((Rectangle) getConstraintFor(request)).getCopy();
        boolean group = object instanceof DiagramGroup;
        if (r.width <= 0 || r.height <= 0) {
            r.width = group ? GroupPart.DEFAULT_GROUP_WIDTH : ShapePart.DEFAULT_WIDTH;
            r.height = group ? GroupPart.DEFAULT_GROUP_HEIGHT : ShapePart.DEFAULT_HEIGHT;
        }
        DiagramContext context = DiagramContext.of(getHost());
        String name = group ? Messages.Group_label : context.kinds().label((EClass) object.eClass());
        return new GefEmfCommand(DiagramCommands.create(domain(), context.document().getModel(), container(), object,
                name, r));
    }

    private DiagramContainer container() {
        return (DiagramContainer) getHost().getModel();
    }

    private org.eclipse.emf.edit.domain.EditingDomain domain() {
        return DiagramContext.of(getHost()).document().getEditingDomain();
    }
}
