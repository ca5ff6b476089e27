package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.List;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.ComponentEditPolicy;
import org.eclipse.gef.requests.GroupRequest;

import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.commands.GefEmfCommand;
import vn.egov.workbench.architecture.model.DiagramComponent;

/** Delete removes shapes from the diagram (with their connections); the elements stay in the model. */
class DeletePolicy extends ComponentEditPolicy {

    @Override
    protected Command createDeleteCommand(GroupRequest request) {
        List<DiagramComponent> deleted = Requests.deleted(request, getHost());
        if (deleted.isEmpty()) {
            return null;
        }
        DiagramContext context = DiagramContext.of(getHost());
        return new GefEmfCommand(
                DiagramCommands.delete(context.document().getEditingDomain(), context.diagram(), deleted));
    }
}
