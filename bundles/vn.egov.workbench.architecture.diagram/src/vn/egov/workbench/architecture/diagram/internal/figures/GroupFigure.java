package vn.egov.workbench.architecture.diagram.internal.figures;

import java.util.List;

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
        Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
        int h = FigureUtilities.getFontMetrics(bold).getHeight();
        // a label wider than a narrow column wraps onto a second line; the band grows with it
        List<String> lines = TextLines.wrap(label, bold, Math.max(10, r.width - 16), 2);
        int band = Math.max(HEADER, lines.size() * h + 6);
        g.setBackgroundColor(Colours.get(fill));
        g.fillRectangle(r);
        g.setBackgroundColor(Colours.get(Colours.lighter(border, 0.55)));
        g.fillRectangle(r.x, r.y, r.width, Math.min(band, r.height));
        g.setForegroundColor(Colours.get(border));
        g.setLineWidth(2);
        g.drawRectangle(r.x + 1, r.y + 1, r.width - 2, r.height - 2);
        g.setLineWidth(1);
        g.setFont(bold);
        g.setForegroundColor(Colours.get(Colours.TEXT));
        int y = r.y + (band - lines.size() * h) / 2;
        for (String line : lines) {
            g.drawText(line, r.x + 8, y);
            y += h;
        }
    }
}
