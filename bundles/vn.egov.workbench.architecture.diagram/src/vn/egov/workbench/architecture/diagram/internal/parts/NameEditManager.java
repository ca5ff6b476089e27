package vn.egov.workbench.architecture.diagram.internal.parts;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import vn.egov.workbench.architecture.diagram.internal.figures.GroupFigure;

/** Shows a text box over a shape to rename what it shows. */
class NameEditManager extends DirectEditManager {

    NameEditManager(ShapePart part) {
        super(part, TextCellEditor.class, new Locator(part));
    }

    @Override
    protected CellEditor createCellEditorOn(Composite composite) {
        return new TextCellEditor(composite, SWT.SINGLE | SWT.BORDER);
    }

    @Override
    protected void initCellEditor() {
        getCellEditor().setValue(((ShapePart) getEditPart()).getEditableText());
        ((Text) getCellEditor().getControl()).selectAll();
    }

    private record Locator(ShapePart part) implements CellEditorLocator {
        @Override
        public void relocate(CellEditor editor) {
            IFigure figure = part.getFigure();
            Rectangle r = figure.getClientArea().getCopy();
            if (part instanceof GroupPart) {
                r.height = GroupFigure.HEADER;
            }
            figure.translateToAbsolute(r);
            Text text = (Text) editor.getControl();
            int height = Math.max(text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y, Math.min(r.height, 28));
            text.setBounds(r.x, r.y + Math.max(0, (r.height - height) / 2), Math.max(r.width, 80), height);
        }
    }
}
