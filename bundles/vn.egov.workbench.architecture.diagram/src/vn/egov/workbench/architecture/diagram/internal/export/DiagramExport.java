package vn.egov.workbench.architecture.diagram.internal.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.eclipse.draw2d.ColorConstants;
import org.eclipse.draw2d.FreeformFigure;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.SWTGraphics;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.LayerConstants;
import org.eclipse.gef.editparts.LayerManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Display;

/**
 * Exports what a diagram viewer shows, at 100 % and without selection handles: the printable layers (shapes and
 * connections) painted into an SWT image saved as PNG, or into {@link SvgGraphics} saved as SVG. Files are written
 * to a temporary file first and then moved, so a failed export never leaves half a picture.
 */
public final class DiagramExport {

    private DiagramExport() {
    }

    /** The printable layers of the viewer. */
    public static IFigure printable(GraphicalViewer viewer) {
        LayerManager layers = (LayerManager) viewer.getEditPartRegistry().get(LayerManager.ID);
        return layers.getLayer(LayerConstants.PRINTABLE_LAYERS);
    }

    /** The part of the diagram that has content, with its margin. */
    public static Rectangle extent(GraphicalViewer viewer) {
        IFigure figure = printable(viewer);
        figure.validate();
        Rectangle r = figure instanceof FreeformFigure f ? f.getFreeformExtent().getCopy() : figure.getBounds().getCopy();
        r.union(0, 0);
        return r;
    }

    /** The diagram as pixels. */
    public static ImageData toImageData(GraphicalViewer viewer) {
        IFigure figure = printable(viewer);
        Rectangle r = extent(viewer);
        Display display = viewer.getControl().getDisplay();
        Image image = new Image(display, Math.max(1, r.width), Math.max(1, r.height));
        GC gc = new GC(image);
        SWTGraphics graphics = new SWTGraphics(gc);
        try {
            graphics.setBackgroundColor(ColorConstants.white);
            graphics.fillRectangle(0, 0, r.width, r.height);
            graphics.translate(-r.x, -r.y);
            graphics.setFont(viewer.getControl().getFont());
            figure.paint(graphics);
            return image.getImageData();
        } finally {
            graphics.dispose();
            gc.dispose();
            image.dispose();
        }
    }

    public static void writePng(GraphicalViewer viewer, Path file) throws IOException {
        ImageLoader loader = new ImageLoader();
        loader.data = new ImageData[] { toImageData(viewer) };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        loader.save(bytes, SWT.IMAGE_PNG);
        write(file, bytes.toByteArray());
    }

    /** The diagram as an SVG document. */
    public static String toSvg(GraphicalViewer viewer) {
        IFigure figure = printable(viewer);
        Rectangle r = extent(viewer);
        Display display = viewer.getControl().getDisplay();
        SvgGraphics graphics = new SvgGraphics(r, viewer.getControl().getFont(), ColorConstants.black,
                ColorConstants.white, display.getDPI().y);
        figure.paint(graphics);
        graphics.dispose();
        return graphics.toSvg();
    }

    public static void writeSvg(GraphicalViewer viewer, Path file) throws IOException {
        write(file, toSvg(viewer).getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
