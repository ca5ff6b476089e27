package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.requests.GroupRequest;

import vn.egov.workbench.architecture.model.DiagramComponent;

/** Helpers for the requests the policies answer. */
final class Requests {

    private Requests() {
    }

    /**
     * The diagram components a delete request is about, or an empty list when {@code host} is not the first of them:
     * the first part answers for all, so shared connections are removed once.
     */
    static List<DiagramComponent> deleted(GroupRequest request, EditPart host) {
        List<?> parts = request.getEditParts();
        if (parts == null || parts.isEmpty()) {
            return List.of((DiagramComponent) host.getModel());
        }
        List<DiagramComponent> result = new ArrayList<>();
        EditPart first = null;
        for (Object o : parts) {
            if (o instanceof EditPart p && p.getModel() instanceof DiagramComponent c) {
                if (first == null) {
                    first = p;
                }
                result.add(c);
            }
        }
        return first == host ? result : List.of();
    }
}
