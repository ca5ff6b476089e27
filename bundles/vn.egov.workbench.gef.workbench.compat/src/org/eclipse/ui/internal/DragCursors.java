package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * Re-creates the workbench-internal class that GEF 3.2.100's FlyoutPaletteComposite uses while the
 * palette is dragged to the other side of an editor. The constants are those GEF was compiled
 * against; system cursors stand in for the old custom ones (they need no disposal).
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    public static Cursor getCursor(int which) {
        int style = switch (which) {
            case LEFT -> SWT.CURSOR_SIZEW;
            case RIGHT -> SWT.CURSOR_SIZEE;
            case TOP -> SWT.CURSOR_SIZEN;
            case BOTTOM -> SWT.CURSOR_SIZES;
            case CENTER, FASTVIEW -> SWT.CURSOR_SIZEALL;
            default -> SWT.CURSOR_NO;
        };
        return Display.getCurrent().getSystemCursor(style);
    }
}
