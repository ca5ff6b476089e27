package org.eclipse.jface.util;

/**
 * Re-creates the class JFace removed after 3.x, because GEF 3.2.100 (the only GEF on Maven Central)
 * calls it from ToolEntry, ZoomManager, GraphicalViewerImpl and others: without it no GEF editor
 * can be constructed. Delegates to the platform's {@link org.eclipse.core.runtime.Assert}. Only the
 * methods GEF and draw2d call are here (checked by a scan of both jars).
 */
public final class Assert {

    private Assert() {
    }

    public static void isNotNull(Object object) {
        org.eclipse.core.runtime.Assert.isNotNull(object);
    }

    public static void isNotNull(Object object, String message) {
        org.eclipse.core.runtime.Assert.isNotNull(object, message);
    }

    public static boolean isTrue(boolean expression) {
        return org.eclipse.core.runtime.Assert.isTrue(expression);
    }

    public static boolean isTrue(boolean expression, String message) {
        return org.eclipse.core.runtime.Assert.isTrue(expression, message);
    }
}
