package vn.egov.workbench.architecture.diagram.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.gef.EditPart;
import org.eclipse.gef.EditPartViewer;

import vn.egov.workbench.architecture.model.DiagramComponent;

/** Finds the edit parts that show a model object: its node or connection, or the nodes of an element. */
public final class PartFinder {

    private PartFinder() {
    }

    public static List<EditPart> partsShowing(EditPartViewer viewer, Object object) {
        List<EditPart> result = new ArrayList<>();
        if (object instanceof DiagramComponent) {
            Object part = viewer.getEditPartRegistry().get(object);
            if (part instanceof EditPart p) {
                result.add(p);
            }
            return result;
        }
        for (Object part : viewer.getEditPartRegistry().values()) {
            if (part instanceof EditPart p && p != viewer.getContents()
                    && ModelSelectionProvider.shownBy(p) == object && p.isSelectable()) {
                result.add(p);
            }
        }
        return result;
    }
}
