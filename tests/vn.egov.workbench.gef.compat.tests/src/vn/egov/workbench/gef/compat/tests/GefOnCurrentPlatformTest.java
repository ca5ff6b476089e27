package vn.egov.workbench.gef.compat.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.AssertionFailedException;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.MarqueeToolEntry;
import org.eclipse.gef.palette.PaletteDrawer;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.palette.SelectionToolEntry;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.parts.ScrollingGraphicalViewer;
import org.eclipse.jface.util.Assert;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.internal.DragCursors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * GEF 3.2.100 (2007) runs on Eclipse 4.39 only with the two compatibility fragments in the product:
 * without them the classes below fail with NoClassDefFoundError on construction.
 */
class GefOnCurrentPlatformTest {

    private final Shell shell = new Shell(Display.getCurrent());

    @AfterEach
    void dispose() {
        shell.dispose();
    }

    @Test
    void aGraphicalViewerWithZoomCanBeBuilt() {
        ScrollingGraphicalViewer viewer = new ScrollingGraphicalViewer();
        viewer.createControl(shell);
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        ZoomManager zoom = root.getZoomManager();
        zoom.setZoom(2.0);
        assertEquals(2.0, zoom.getZoom());
        ActionRegistry actions = new ActionRegistry();
        actions.registerAction(new ZoomInAction(zoom));
        assertNotNull(actions.getAction(org.eclipse.gef.ui.actions.GEFActionConstants.ZOOM_IN));
        shell.setSize(400, 300);
        viewer.getControl().setBounds(0, 0, 400, 300);
        Rectangle bounds = root.getFigure().getBounds();
        assertNotNull(bounds);
    }

    @Test
    void aPaletteWithToolsCanBeShown() {
        PaletteRoot palette = new PaletteRoot();
        PaletteDrawer tools = new PaletteDrawer("tools");
        SelectionToolEntry selection = new SelectionToolEntry();
        tools.add(selection);
        tools.add(new MarqueeToolEntry());
        palette.add(tools);
        palette.setDefaultEntry(selection);
        PaletteViewer viewer = new PaletteViewer();
        viewer.createControl(shell);
        viewer.setPaletteRoot(palette);
        assertNotNull(viewer.getEditPartRegistry().get(selection), "the tool entry has its edit part (a ToolEntry asserts on creation)");
        viewer.setActiveTool(selection);
        assertEquals(selection, viewer.getActiveTool());
    }

    @Test
    void theRecreatedClassesBehaveAsGefExpects() {
        assertTrue(Assert.isTrue(true));
        assertThrows(AssertionFailedException.class, () -> Assert.isTrue(false, "broken"));
        assertThrows(AssertionFailedException.class, () -> Assert.isNotNull(null));
        assertEquals(Display.getDefault().getSystemCursor(SWT.CURSOR_SIZEW), DragCursors.getCursor(DragCursors.LEFT));
        assertNotNull(DragCursors.getCursor(DragCursors.INVALID));
    }
}
