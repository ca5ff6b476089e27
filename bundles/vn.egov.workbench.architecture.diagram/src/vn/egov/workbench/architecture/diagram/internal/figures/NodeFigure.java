package vn.egov.workbench.architecture.diagram.internal.figures;

import java.util.List;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;

import vn.egov.workbench.architecture.model.kinds.KindShape;
import vn.egov.workbench.architecture.validation.Severity;

/**
 * A box showing one element: its domain's colour, its kind's icon, its name wrapped to the box, and a marker in
 * the top right corner when validation found problems. Painted by hand (no child labels) so that thousands of
 * nodes stay cheap; nodes may nest other shapes, laid out relative to the box.
 */
public class NodeFigure extends Figure {

    static final int PAD = 4;
    private static final int ARC = 10;

    private String name = ""; //$NON-NLS-1$
    private Image icon;
    private RGB fill = new RGB(235, 235, 235);
    private KindShape shape = KindShape.ROUNDED;
    private Severity severity;
    private List<String> lines;
    private int linesWidth = -1;
    private final Label tip = new Label();

    public NodeFigure() {
        setLayoutManager(new XYLayout());
        setOpaque(false);
        setToolTip(tip);
    }

    @Override
    protected boolean useLocalCoordinates() {
        return true;
    }

    public void show(String newName, Image newIcon, RGB newFill, Severity newSeverity, String tooltip) {
        String n = newName == null ? "" : newName; //$NON-NLS-1$
        if (!n.equals(name)) {
            lines = null;
        }
        name = n;
        icon = newIcon;
        fill = newFill;
        severity = newSeverity;
        tip.setText(tooltip);
        repaint();
    }

    /** The outline (a plug-in's kind may ask for another than the rounded box). */
    public void setShape(KindShape newShape) {
        if (newShape != null && newShape != shape) {
            shape = newShape;
            repaint();
        }
    }

    public KindShape getShape() {
        return shape;
    }

    public String getName() {
        return name;
    }

    public Severity getSeverity() {
        return severity;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().resize(-1, -1);
        g.setBackgroundColor(Colours.get(fill));
        g.setForegroundColor(Colours.get(new RGB(fill.red * 11 / 20, fill.green * 11 / 20, fill.blue * 11 / 20)));
        paintOutline(g, r);
        int textLeft = r.x + PAD;
        if (icon != null) {
            g.drawImage(icon, r.x + PAD, r.y + PAD);
            textLeft = r.x + PAD + 16 + PAD;
        }
        Font font = getFont();
        int height = FigureUtilities.getFontMetrics(font).getHeight();
        int width = r.right() - PAD - textLeft;
        if (lines == null || linesWidth != width) {
            lines = TextLines.wrap(name, font, Math.max(width, 10), Math.max(1, (r.height - 2 * PAD) / height));
            linesWidth = width;
        }
        g.setForegroundColor(Colours.get(Colours.TEXT));
        g.setFont(font);
        int y = r.y + Math.max(PAD, (r.height - lines.size() * height) / 2);
        for (String line : lines) {
            int w = FigureUtilities.getTextWidth(line, font);
            g.drawText(line, textLeft + Math.max(0, (width - w) / 2), y);
            y += height;
        }
        paintMarker(g, r);
    }

    private void paintOutline(Graphics g, Rectangle r) {
        switch (shape) {
            case RECTANGLE -> {
                g.fillRectangle(r);
                g.drawRectangle(r);
            }
            case ELLIPSE -> {
                g.fillOval(r);
                g.drawOval(r);
            }
            case HEXAGON -> {
                int d = Math.min(r.height / 2, r.width / 4);
                PointList p = new PointList(new int[] { r.x + d, r.y, r.right() - d, r.y, r.right(), r.y + r.height / 2,
                        r.right() - d, r.bottom(), r.x + d, r.bottom(), r.x, r.y + r.height / 2 });
                g.fillPolygon(p);
                g.drawPolygon(p);
            }
            default -> {
                g.fillRoundRectangle(r, ARC, ARC);
                g.drawRoundRectangle(r, ARC, ARC);
            }
        }
    }

    private void paintMarker(Graphics g, Rectangle r) {
        if (severity == null) {
            return;
        }
        RGB colour = switch (severity) {
            case ERROR -> Colours.ERROR;
            case WARNING -> Colours.WARNING;
            case INFO -> Colours.INFO;
        };
        Rectangle dot = new Rectangle(r.right() - 14, r.y + 2, 12, 12);
        g.setBackgroundColor(Colours.get(colour));
        g.fillOval(dot);
        g.setForegroundColor(ColorConstants.white);
        g.setLineWidth(2);
        g.drawLine(dot.x + 6, dot.y + 3, dot.x + 6, dot.y + 7);
        g.drawLine(dot.x + 6, dot.y + 9, dot.x + 6, dot.y + 9);
        g.setLineWidth(1);
    }
}
