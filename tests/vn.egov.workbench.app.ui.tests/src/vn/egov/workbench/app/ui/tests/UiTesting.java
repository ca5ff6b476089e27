package vn.egov.workbench.app.ui.tests;

import org.eclipse.swt.widgets.Display;

/** Helpers for driving SWT without SWTBot (not on Maven Central). */
final class UiTesting {

    private UiTesting() {
    }

    /** Runs pending UI events, as the event loop would between user actions. */
    static void runEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // keep dispatching
        }
    }
}
