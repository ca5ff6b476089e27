package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ConnectionEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.commands.GefEmfCommand;
import vn.egov.workbench.architecture.model.DiagramComponent;

/** Delete removes a connection from the diagram; its relationship stays in the model. */
class ConnectionDeletePolicy extends ConnectionEditPolicy {

    @Override
    protected Command getDeleteCommand(GroupRequest request) {
        List<DiagramComponent> deleted = Requests.deleted(request, getHost());
        if (deleted.isEmpty()) {
            return null;
        }
        DiagramContext context = DiagramContext.of(getHost());
        return new GefEmfCommand(
                DiagramCommands.delete(context.document().getEditingDomain(), context.diagram(), deleted));
    }
}
