package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.EnumMap;
import java.util.Map;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.graphics.RGB;

import vn.egov.workbench.architecture.diagram.internal.Domain;
import vn.egov.workbench.architecture.diagram.internal.figures.Colours;
import vn.egov.workbench.architecture.diagram.internal.figures.GroupFigure;
import vn.egov.workbench.architecture.model.DiagramGroup;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.DiagramShape;

/** A group: a labelled container coloured after the domain of most nodes inside. */
public class GroupPart extends ShapePart {

    public static final int DEFAULT_GROUP_WIDTH = 400;
    public static final int DEFAULT_GROUP_HEIGHT = 200;

    public GroupPart(DiagramGroup group) {
        super(group);
    }

    public DiagramGroup getGroup() {
        return (DiagramGroup) getModel();
    }

    @Override
    public EObject getShown() {
        return getGroup();
    }

    @Override
    public String getEditableText() {
        return getGroup().getLabel() == null ? "" : getGroup().getLabel(); //$NON-NLS-1$
    }

    @Override
    protected IFigure createFigure() {
        return new GroupFigure();
    }

    @Override
    public Rectangle getModelBounds() {
        DiagramShape s = getShape();
        return new Rectangle(s.getX(), s.getY(), s.getWidth() > 0 ? s.getWidth() : DEFAULT_GROUP_WIDTH,
                s.getHeight() > 0 ? s.getHeight() : DEFAULT_GROUP_HEIGHT);
    }

    @Override
    protected void refreshVisuals() {
        super.refreshVisuals();
        Domain domain = dominantDomain();
        RGB fill = domain == null ? new RGB(246, 247, 250) : Colours.lighter(domain.colour(), 0.6);
        RGB border = domain == null ? new RGB(120, 130, 150) : domain.borderColour();
        ((GroupFigure) getFigure()).show(getGroup().getLabel(), fill, border);
    }

    private Domain dominantDomain() {
        Map<Domain, Integer> counts = new EnumMap<>(Domain.class);
        for (DiagramShape child : getGroup().getChildren()) {
            if (child instanceof DiagramNode n && n.getElement() != null) {
                counts.merge(Domain.of(n.getElement().eClass()), 1, Integer::sum);
            }
        }
        Domain best = null;
        for (Map.Entry<Domain, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
