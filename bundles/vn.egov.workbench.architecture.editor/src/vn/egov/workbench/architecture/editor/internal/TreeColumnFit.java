package vn.egov.workbench.architecture.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeColumn;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The model tree's one column, sized to the tree and to the rows in view. A GTK tree without columns measures every
 * row of every expanded item each time a row gets its data (to size its horizontal scroll bar), which makes a virtual
 * tree of thousands of rows quadratic and asks for the data of rows nobody sees; with a column it measures nothing.
 */
public final class TreeColumnFit {

    private static final int PADDING = 48; // icon, expander and margins
    private final Tree tree;
    private final TreeColumn column;
    private boolean scheduled;

    private TreeColumnFit(Tree tree) {
        this.tree = tree;
        this.column = new TreeColumn(tree, SWT.LEFT);
        tree.setHeaderVisible(false);
        // one row height for every row: GTK otherwise sizes rows whose label or icon changed later (a problem
        // marker) smaller than the others, cutting their text
        GC measure = new GC(tree);
        int rowHeight = Math.max(measure.getFontMetrics().getHeight() + 6, 22);
        measure.dispose();
        tree.addListener(SWT.MeasureItem, e -> e.height = Math.max(e.height, rowHeight));
        tree.addListener(SWT.Resize, e -> fitLater());
        tree.addListener(SWT.Expand, e -> fitLater());
        tree.addListener(SWT.Collapse, e -> fitLater());
        tree.addListener(SWT.Selection, e -> fitLater());
        // scrolling brings other rows into view
        if (tree.getVerticalBar() != null) {
            tree.getVerticalBar().addListener(SWT.Selection, e -> fitLater());
        }
    }

    /** Adds the column to {@code tree} (before the viewer gets its label provider). */
    public static TreeColumnFit install(Tree tree) {
        return new TreeColumnFit(tree);
    }

    /** Sizes the column once the pending events (expansion, refresh) are done. */
    public void fitLater() {
        if (!scheduled && !tree.isDisposed()) {
            scheduled = true;
            tree.getDisplay().asyncExec(this::fit);
        }
    }

    /** The tree's width, or the widest row in view when that is wider (the horizontal scroll bar then appears). */
    public void fit() {
        scheduled = false;
        if (tree.isDisposed()) {
            return;
        }
        Rectangle area = tree.getClientArea();
        int width = area.width;
        TreeItem item = tree.getTopItem();
        int rows = tree.getItemHeight() > 0 ? area.height / tree.getItemHeight() + 1 : 0;
        GC gc = new GC(tree);
        try {
            for (int i = 0; item != null && i < rows; i++) {
                width = Math.max(width, gc.textExtent(item.getText()).x + depth(item) * 20 + PADDING);
                item = next(item);
            }
        } finally {
            gc.dispose();
        }
        if (column.getWidth() != width) {
            column.setWidth(width);
        }
    }

    private static int depth(TreeItem item) {
        int depth = 0;
        for (TreeItem p = item.getParentItem(); p != null; p = p.getParentItem()) {
            depth++;
        }
        return depth;
    }

    /** The row below {@code item} in view order. */
    private static TreeItem next(TreeItem item) {
        if (item.getExpanded() && item.getItemCount() > 0) {
            return item.getItem(0);
        }
        for (TreeItem i = item; i != null; i = i.getParentItem()) {
            TreeItem parent = i.getParentItem();
            int index = parent == null ? i.getParent().indexOf(i) : parent.indexOf(i);
            int count = parent == null ? i.getParent().getItemCount() : parent.getItemCount();
            if (index + 1 < count) {
                return parent == null ? i.getParent().getItem(index + 1) : parent.getItem(index + 1);
            }
        }
        return null;
    }
}
