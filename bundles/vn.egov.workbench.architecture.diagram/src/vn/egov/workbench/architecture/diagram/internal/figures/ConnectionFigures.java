package vn.egov.workbench.architecture.diagram.internal.figures;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.PolygonDecoration;
import org.eclipse.draw2d.PolylineConnection;
import org.eclipse.draw2d.PolylineDecoration;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.ArchitecturePackage.Literals;

/** Line styles per relationship type, after ArchiMate's notation where there is one. */
public final class ConnectionFigures {

    private ConnectionFigures() {
    }

    /** A connection for a relationship of {@code type}, or a plain grey line for {@code null}. */
    public static PolylineConnection create(EClass type) {
        PolylineConnection c = new PolylineConnection();
        c.setForegroundColor(Colours.get(Colours.LINE));
        if (type == null) {
            c.setForegroundColor(ColorConstants.gray);
            c.setLineWidth(2);
            return c;
        }
        if (Literals.COMPOSES.isSuperTypeOf(type)) {
            PolygonDecoration diamond = new PolygonDecoration();
            PointList points = new PointList();
            points.addPoint(0, 0);
            points.addPoint(-1, 1);
            points.addPoint(-2, 0);
            points.addPoint(-1, -1);
            diamond.setTemplate(points);
            diamond.setScale(7, 4);
            diamond.setBackgroundColor(Colours.get(Colours.LINE));
            c.setSourceDecoration(diamond);
        } else if (Literals.ACCESSES.isSuperTypeOf(type) || Literals.COMPLIES_WITH.isSuperTypeOf(type)) {
            c.setLineStyle(Graphics.LINE_DOT);
            c.setTargetDecoration(Literals.COMPLIES_WITH.isSuperTypeOf(type) ? hollowTriangle() : openArrow());
        } else if (Literals.REALISES.isSuperTypeOf(type)) {
            c.setLineStyle(Graphics.LINE_DASH);
            c.setTargetDecoration(hollowTriangle());
        } else if (Literals.FLOWS_VIA.isSuperTypeOf(type) || Literals.REPLACES.isSuperTypeOf(type)) {
            c.setLineStyle(Graphics.LINE_DASH);
            c.setTargetDecoration(filledArrow());
        } else if (Literals.SERVES.isSuperTypeOf(type)) {
            c.setTargetDecoration(openArrow());
        } else {
            c.setTargetDecoration(filledArrow());
        }
        return c;
    }

    private static PolygonDecoration filledArrow() {
        PolygonDecoration d = new PolygonDecoration();
        d.setBackgroundColor(Colours.get(Colours.LINE));
        d.setScale(8, 4);
        return d;
    }

    private static PolylineDecoration openArrow() {
        PolylineDecoration d = new PolylineDecoration();
        d.setScale(8, 4);
        return d;
    }

    private static PolygonDecoration hollowTriangle() {
        PolygonDecoration d = new PolygonDecoration();
        d.setBackgroundColor(ColorConstants.white);
        d.setScale(10, 5);
        return d;
    }
}
