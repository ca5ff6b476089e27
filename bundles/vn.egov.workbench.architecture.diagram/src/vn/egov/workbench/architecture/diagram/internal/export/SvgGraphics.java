package vn.egov.workbench.architecture.diagram.internal.export;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.draw2d.FigureUtilities;
import org.eclipse.draw2d.Graphics;
import org.eclipse.draw2d.geometry.PointList;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.FontMetrics;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;

/**
 * A draw2d {@link Graphics} that writes SVG instead of pixels: painting the diagram's figures into it records their
 * rectangles, lines, polylines, polygons, ovals, texts and icons as SVG elements, so the SVG shows exactly what the
 * editor paints. Clipping is not recorded (the figures keep inside their bounds); arcs are left out.
 */
public final class SvgGraphics extends Graphics {

    private record State(int tx, int ty, Color fg, Color bg, Font font, int lineWidth, int lineStyle,
            Rectangle clip) {
    }

    private final StringBuilder out = new StringBuilder();
    private final Deque<State> stack = new ArrayDeque<>();
    private final Map<Image, String> images = new IdentityHashMap<>();
    private final int dpi;
    private int tx;
    private int ty;
    private Color fg;
    private Color bg;
    private Font font;
    private int lineWidth = 1;
    private int lineStyle = SWT.LINE_SOLID;
    private Rectangle clip;

    /**
     * @param area  the part of the diagram to draw; it becomes the picture's origin and size
     * @param font  the font texts start with (the canvas's)
     * @param dpi   the screen's vertical resolution, to turn font points into pixels
     */
    public SvgGraphics(Rectangle area, Font font, Color fg, Color bg, int dpi) {
        this.font = font;
        this.fg = fg;
        this.bg = bg;
        this.dpi = dpi;
        this.clip = area.getCopy();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); //$NON-NLS-1$
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(area.width) //$NON-NLS-1$
                .append("\" height=\"").append(area.height).append("\" viewBox=\"0 0 ").append(area.width) //$NON-NLS-1$ //$NON-NLS-2$
                .append(' ').append(area.height).append("\">\n"); //$NON-NLS-1$
        out.append("<rect x=\"0\" y=\"0\" width=\"").append(area.width).append("\" height=\"") //$NON-NLS-1$ //$NON-NLS-2$
                .append(area.height).append("\" fill=\"#ffffff\"/>\n"); //$NON-NLS-1$
        tx = -area.x;
        ty = -area.y;
    }

    /** The finished document. */
    public String toSvg() {
        return out + "</svg>\n"; //$NON-NLS-1$
    }

    // ------------------------------------------------------------------------------------------ shapes

    @Override
    public void fillRectangle(int x, int y, int width, int height) {
        rect(x, y, width, height, 0, fill());
    }

    @Override
    public void drawRectangle(int x, int y, int width, int height) {
        rect(x, y, width, height, 0, stroke());
    }

    @Override
    public void fillRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        rect(r.x, r.y, r.width, r.height, arcWidth / 2, fill());
    }

    @Override
    public void drawRoundRectangle(Rectangle r, int arcWidth, int arcHeight) {
        rect(r.x, r.y, r.width, r.height, arcWidth / 2, stroke());
    }

    @Override
    public void fillGradient(int x, int y, int w, int h, boolean vertical) {
        rect(x, y, w, h, 0, fill());
    }

    private void rect(int x, int y, int w, int h, int radius, String paint) {
        out.append("<rect x=\"").append(x + tx).append("\" y=\"").append(y + ty).append("\" width=\"").append(w) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\" height=\"").append(h).append('"'); //$NON-NLS-1$
        if (radius > 0) {
            out.append(" rx=\"").append(radius).append("\" ry=\"").append(radius).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
        }
        out.append(' ').append(paint).append("/>\n"); //$NON-NLS-1$
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2) {
        out.append("<line x1=\"").append(x1 + tx).append("\" y1=\"").append(y1 + ty).append("\" x2=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append(x2 + tx).append("\" y2=\"").append(y2 + ty).append("\" ").append(stroke()).append("/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    @Override
    public void drawPolyline(PointList points) {
        poly("polyline", points, stroke()); //$NON-NLS-1$
    }

    @Override
    public void drawPolygon(PointList points) {
        poly("polygon", points, stroke()); //$NON-NLS-1$
    }

    @Override
    public void fillPolygon(PointList points) {
        poly("polygon", points, fill()); //$NON-NLS-1$
    }

    private void poly(String tag, PointList points, String paint) {
        out.append('<').append(tag).append(" points=\""); //$NON-NLS-1$
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(points.getPoint(i).x + tx).append(',').append(points.getPoint(i).y + ty);
        }
        out.append("\" ").append(paint).append("/>\n"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    @Override
    public void drawOval(int x, int y, int w, int h) {
        oval(x, y, w, h, stroke());
    }

    @Override
    public void fillOval(int x, int y, int w, int h) {
        oval(x, y, w, h, fill());
    }

    private void oval(int x, int y, int w, int h, String paint) {
        out.append(String.format(Locale.ROOT, "<ellipse cx=\"%.1f\" cy=\"%.1f\" rx=\"%.1f\" ry=\"%.1f\" %s/>%n", //$NON-NLS-1$
                x + tx + w / 2.0, y + ty + h / 2.0, w / 2.0, h / 2.0, paint));
    }

    @Override
    public void drawArc(int x, int y, int w, int h, int offset, int length) {
        // no figure of the diagram draws arcs
    }

    @Override
    public void fillArc(int x, int y, int w, int h, int offset, int length) {
        // no figure of the diagram draws arcs
    }

    @Override
    public void drawFocus(int x, int y, int w, int h) {
        // focus rectangles belong to the screen, not to an exported picture
    }

    // ------------------------------------------------------------------------------------------ text and images

    @Override
    public void drawText(String s, int x, int y) {
        text(s, x, y);
    }

    @Override
    public void drawString(String s, int x, int y) {
        text(s, x, y);
    }

    @Override
    public void fillText(String s, int x, int y) {
        org.eclipse.draw2d.geometry.Dimension d = FigureUtilities.getTextExtents(s, font);
        fillRectangle(x, y, d.width, d.height);
        text(s, x, y);
    }

    @Override
    public void fillString(String s, int x, int y) {
        fillText(s, x, y);
    }

    private void text(String s, int x, int y) {
        FontData data = font.getFontData()[0];
        FontMetrics metrics = FigureUtilities.getFontMetrics(font);
        double size = data.getHeight() * dpi / 72.0;
        out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-family=\"%s\" font-size=\"%.1f\"", //$NON-NLS-1$
                x + tx, y + ty + metrics.getAscent() + metrics.getLeading(), escape(data.getName()), size));
        if ((data.getStyle() & SWT.BOLD) != 0) {
            out.append(" font-weight=\"bold\""); //$NON-NLS-1$
        }
        out.append(" fill=\"").append(hex(fg)).append("\" xml:space=\"preserve\">").append(escape(s)) //$NON-NLS-1$ //$NON-NLS-2$
                .append("</text>\n"); //$NON-NLS-1$
    }

    @Override
    public void drawImage(Image image, int x, int y) {
        org.eclipse.swt.graphics.Rectangle b = image.getBounds();
        drawImage(image, 0, 0, b.width, b.height, x, y, b.width, b.height);
    }

    @Override
    public void drawImage(Image image, int sx, int sy, int sw, int sh, int x, int y, int w, int h) {
        String data = images.computeIfAbsent(image, SvgGraphics::png);
        out.append("<image x=\"").append(x + tx).append("\" y=\"").append(y + ty).append("\" width=\"").append(w) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                .append("\" height=\"").append(h).append("\" href=\"data:image/png;base64,").append(data) //$NON-NLS-1$ //$NON-NLS-2$
                .append("\"/>\n"); //$NON-NLS-1$
    }

    private static String png(Image image) {
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        loader.save(bytes, SWT.IMAGE_PNG);
        return Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    /** Text for XML: markup characters escaped, characters XML forbids dropped. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;"); //$NON-NLS-1$
                case '<' -> b.append("&lt;"); //$NON-NLS-1$
                case '>' -> b.append("&gt;"); //$NON-NLS-1$
                case '"' -> b.append("&quot;"); //$NON-NLS-1$
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    // ------------------------------------------------------------------------------------------ paint attributes

    private String fill() {
        return "fill=\"" + hex(bg) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private String stroke() {
        StringBuilder b = new StringBuilder("fill=\"none\" stroke=\"").append(hex(fg)) //$NON-NLS-1$
                .append("\" stroke-width=\"").append(Math.max(1, lineWidth)).append('"'); //$NON-NLS-1$
        if (lineStyle == SWT.LINE_DASH) {
            b.append(" stroke-dasharray=\"6,3\""); //$NON-NLS-1$
        } else if (lineStyle == SWT.LINE_DOT) {
            b.append(" stroke-dasharray=\"2,2\""); //$NON-NLS-1$
        } else if (lineStyle == SWT.LINE_DASHDOT) {
            b.append(" stroke-dasharray=\"6,3,2,3\""); //$NON-NLS-1$
        }
        return b.toString();
    }

    private static String hex(Color c) {
        if (c == null) {
            return "#000000"; //$NON-NLS-1$
        }
        RGB rgb = c.getRGB();
        return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue); //$NON-NLS-1$
    }

    // ------------------------------------------------------------------------------------------ state

    @Override
    public void translate(int dx, int dy) {
        tx += dx;
        ty += dy;
        clip.translate(-dx, -dy);
    }

    @Override
    public void scale(double amount) {
        throw new UnsupportedOperationException("SVG export paints at 100 %"); //$NON-NLS-1$
    }

    @Override
    public void pushState() {
        stack.push(new State(tx, ty, fg, bg, font, lineWidth, lineStyle, clip.getCopy()));
    }

    @Override
    public void popState() {
        restoreState();
        stack.pop();
    }

    @Override
    public void restoreState() {
        State s = stack.peek();
        tx = s.tx();
        ty = s.ty();
        fg = s.fg();
        bg = s.bg();
        font = s.font();
        lineWidth = s.lineWidth();
        lineStyle = s.lineStyle();
        clip = s.clip().getCopy();
    }

    @Override
    public void clipRect(Rectangle r) {
        clip.intersect(r);
    }

    @Override
    public void setClip(Rectangle r) {
        clip = r.getCopy();
    }

    @Override
    public Rectangle getClip(Rectangle r) {
        r.setBounds(clip);
        return r;
    }

    @Override
    public Color getBackgroundColor() {
        return bg;
    }

    @Override
    public void setBackgroundColor(Color c) {
        bg = c;
    }

    @Override
    public Color getForegroundColor() {
        return fg;
    }

    @Override
    public void setForegroundColor(Color c) {
        fg = c;
    }

    @Override
    public Font getFont() {
        return font;
    }

    @Override
    public void setFont(Font f) {
        font = f;
    }

    @Override
    public FontMetrics getFontMetrics() {
        return FigureUtilities.getFontMetrics(font);
    }

    @Override
    public int getLineStyle() {
        return lineStyle;
    }

    @Override
    public void setLineStyle(int style) {
        lineStyle = style;
    }

    @Override
    public int getLineWidth() {
        return lineWidth;
    }

    @Override
    public void setLineWidth(int width) {
        lineWidth = width;
    }

    @Override
    public boolean getXORMode() {
        return false;
    }

    @Override
    public void setXORMode(boolean xor) {
        // feedback only; never part of an exported picture
    }

    @Override
    public void dispose() {
        stack.clear();
    }
}
