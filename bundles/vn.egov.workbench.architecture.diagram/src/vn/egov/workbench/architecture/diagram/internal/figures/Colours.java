package vn.egov.workbench.architecture.diagram.internal.figures;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** Shared colours of the figures (SWT colours need no disposal since SWT 3.115, so a plain cache does). */
public final class Colours {

    private static final Map<RGB, Color> CACHE = new HashMap<>();

    public static final RGB LINE = new RGB(70, 70, 70);
    public static final RGB TEXT = new RGB(20, 20, 20);
    public static final RGB ERROR = new RGB(210, 30, 30);
    public static final RGB WARNING = new RGB(235, 170, 0);
    public static final RGB INFO = new RGB(40, 110, 220);

    private Colours() {
    }

    public static synchronized Color get(RGB rgb) {
        return CACHE.computeIfAbsent(rgb, Color::new);
    }

    /** A paler shade of {@code rgb}: {@code amount} 0 keeps it, 1 gives white. */
    public static RGB lighter(RGB rgb, double amount) {
        return new RGB(mix(rgb.red, amount), mix(rgb.green, amount), mix(rgb.blue, amount));
    }

    private static int mix(int c, double amount) {
        return (int) Math.round(c + (255 - c) * amount);
    }
}
