package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.List;
import java.util.Locale;

import org.eclipse.draw2d.IFigure;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.diagram.internal.Domain;
import vn.egov.workbench.architecture.diagram.internal.Messages;
import vn.egov.workbench.architecture.diagram.internal.figures.NodeFigure;
import vn.egov.workbench.architecture.editing.ModelProblems;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.validation.Problem;

/** A node showing an element; it follows the element's name and the validation markers of the model. */
public class NodePart extends ShapePart {

    private Element listenedElement;

    public NodePart(DiagramNode node) {
        super(node);
    }

    public DiagramNode getNode() {
        return (DiagramNode) getModel();
    }

    @Override
    public EObject getShown() {
        return getNode().getElement();
    }

    @Override
    public String getEditableText() {
        Element e = getNode().getElement();
        return e == null || e.getName() == null ? "" : e.getName(); //$NON-NLS-1$
    }

    @Override
    protected IFigure createFigure() {
        return new NodeFigure();
    }

    @Override
    public void activate() {
        super.activate();
        listenedElement = getNode().getElement();
        if (listenedElement != null) {
            listenedElement.eAdapters().add(listener());
        }
    }

    @Override
    public void deactivate() {
        if (listenedElement != null) {
            listenedElement.eAdapters().remove(listener());
            listenedElement = null;
        }
        super.deactivate();
    }

    @Override
    public void refreshVisuals() {
        super.refreshVisuals();
        DiagramContext context = DiagramContext.of(this);
        Element e = getNode().getElement();
        if (e == null) {
            ((NodeFigure) getFigure()).show("?", null, Domain.OTHER.colour(), null, "?"); //$NON-NLS-1$ //$NON-NLS-2$
            return;
        }
        ModelProblems problems = context.document().getProblems();
        List<Problem> found = problems.of(e);
        String kind = context.kinds().label(e.eClass());
        StringBuilder tip = new StringBuilder(kind).append(": ").append(e.getName()); //$NON-NLS-1$
        if (!found.isEmpty()) {
            StringBuilder messages = new StringBuilder();
            for (Problem p : found) {
                messages.append("\n\u2022 ").append(p.message(Locale.getDefault())); //$NON-NLS-1$
            }
            tip.append("\n").append(NLS.bind(Messages.Problems_marker, found.size(), messages)); //$NON-NLS-1$
        }
        NodeFigure figure = (NodeFigure) getFigure();
        figure.setShape(Domain.shapeOf(e.eClass()));
        figure.show(e.getName(), context.image(context.kinds().icon(e.eClass())), Domain.fillOf(e.eClass()),
                problems.worstOf(e), tip.toString());
    }
}
