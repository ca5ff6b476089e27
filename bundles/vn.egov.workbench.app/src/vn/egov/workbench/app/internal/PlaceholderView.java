package vn.egov.workbench.app.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/**
 * Stands in for a view that a later part of the workbench provides, so that the perspectives have
 * their final shape now. It says plainly what will be here.
 */
public class PlaceholderView extends ViewPart {

    private Label label;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout());
        label = new Label(parent, SWT.WRAP);
        label.setText(Messages.Placeholder_text);
        // a width hint makes the label wrap inside the view instead of widening it
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
    }

    @Override
    public void setFocus() {
        label.setFocus();
    }
}
