package vn.egov.workbench.architecture.model.kinds;

import java.util.Locale;

/** The outline of a kind's figure in diagrams; a hint, drawn as well as the diagram can. */
public enum KindShape {
    /** The default: a box with rounded corners. */
    ROUNDED,
    RECTANGLE,
    ELLIPSE,
    HEXAGON;

    /** The shape named in a contribution ({@code rounded}, {@code rectangle}, ...), or null if there is none. */
    public static KindShape parse(String text) {
        for (KindShape s : values()) {
            if (s.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
