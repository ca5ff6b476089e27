package vn.egov.workbench.architecture.diagram.internal.figures;

import org.eclipse.draw2d.Figure;
import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.XYLayout;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.RGB;

/**
 * A labelled box holding other shapes (a layer of the overall diagram); the shapes inside are placed relative to
 * its top left corner. Its colour follows the domain of most shapes inside.
 */
public class GroupFigure extends Figure {

    /** Height of the label band; shapes inside should start below it. */
    public static final int HEADER = 24;

    private String label = ""; //$NON-NLS-1$
    private RGB fill = new RGB(244, 246, 250);
    private RGB border = new RGB(120, 130, 150);
    private final Label tip = new Label();

    public GroupFigure() {
        setLayoutManager(new XYLayout());
        setToolTip(tip);
    }

    @Override
    protected boolean useLocalCoordinates() {
        return true;
    }

    public void show(String newLabel, RGB newFill, RGB newBorder) {
        label = newLabel == null ? "" : newLabel; //$NON-NLS-1$
        fill = newFill;
        border = newBorder;
        tip.setText(label);
        repaint();
    }

    public String getLabel() {
        return label;
    }

    @Override
    protected void paintFigure(Graphics g) {
        Rectangle r = getBounds().getCopy().resize(-1, -1);
        g.setBackgroundColor(Colours.get(fill));
        g.fillRectangle(r);
        g.setBackgroundColor(Colours.get(Colours.lighter(border, 0.55)));
        g.fillRectangle(r.x, r.y, r.width, HEADER);
        g.setForegroundColor(Colours.get(border));
        g.setLineWidth(2);
        g.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
        g.setLineWidth(1);
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        g.setFont(bold);
        g.setForegroundColor(Colours.get(Colours.TEXT));
        int h = FigureUtilities.getFontMetrics(bold).getHeight();
        String text = label;
        int room = r.width - 16;
        while (text.length() > 1 && FigureUtilities.getTextWidth(text, bold) > room) {
            text = text.substring(0, text.length() - 2) + "\u2026"; //$NON-NLS-1$
        }
        g.drawText(text, r.x + 8, r.y + (HEADER - h) / 2);
    }
}
