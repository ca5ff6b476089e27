package vn.egov.workbench.architecture.diagram.internal.parts;

import org.eclipse.gef.commands.Command;
import org.eclipse.gef.editpolicies.DirectEditPolicy;
import org.eclipse.gef.requests.DirectEditRequest;

import vn.egov.workbench.architecture.diagram.internal.commands.DiagramCommands;
import vn.egov.workbench.architecture.diagram.internal.commands.GefEmfCommand;

/** Direct edit renames the element a node shows, or a group's label. */
class NameEditPolicy extends DirectEditPolicy {

    @Override
    protected Command getDirectEditCommand(DirectEditRequest request) {
        Object value = request.getCellEditor() == null ? null : request.getCellEditor().getValue();
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        ShapePart host = (ShapePart) getHost();
        return new GefEmfCommand(DiagramCommands.rename(DiagramContext.of(host).document().getEditingDomain(),
                host.getShown(), text.strip()));
    }

    @Override
    protected void showCurrentEditValue(DirectEditRequest request) {
        // the figure shows the new name once the command has run
    }
}
