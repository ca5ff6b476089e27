package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.AnchorListener;
import org.eclipse.draw2d.ChopboxAnchor;
import org.eclipse.draw2d.FigureListener;
import org.eclipse.draw2d.IFigure;

/**
 * A chopbox anchor that follows moves of its shape and of the shapes around it, but not of the diagram's layer and
 * the layers above it. draw2d's own anchor listens to every ancestor up to the root, so with thousands of connections the
 * listener lists of the shared layers grow by copying on each add and opening a large diagram becomes quadratic.
 * The layers above the diagram only scroll and zoom, which do not move a connection relative to its shapes.
 */
final class ShapeAnchor extends ChopboxAnchor implements FigureListener {

    private final IFigure stopAt;
    private final List<IFigure> hooked = new ArrayList<>();

    ShapeAnchor(IFigure owner, IFigure stopAt) {
        super(owner);
        this.stopAt = stopAt;
    }

    @Override
    @SuppressWarnings("unchecked") //$NON-NLS-1$
    public void addAnchorListener(AnchorListener listener) {
        if (listener == null) {
            return;
        }
        if (listeners.isEmpty()) {
            // the diagram's own layer never moves: listening to it would give it thousands of listeners
            for (IFigure f = getOwner(); f != null && f != stopAt; f = f.getParent()) {
                f.addFigureListener(this);
                hooked.add(f);
            }
        }
        listeners.add(listener);
    }

    @Override
    public void removeAnchorListener(AnchorListener listener) {
        listeners.remove(listener);
        if (listeners.isEmpty()) {
            for (IFigure f : hooked) {
                f.removeFigureListener(this);
            }
            hooked.clear();
        }
    }

    @Override
    public void figureMoved(IFigure source) {
        fireAnchorMoved();
    }
}
