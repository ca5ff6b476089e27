package vn.egov.workbench.app.internal;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TrayDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import vn.egov.workbench.app.BuildInfo;

/** Product name, version, build id and Java runtime. */
public class AboutDialog extends TrayDialog {

    public AboutDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.About_title, productName()));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);

        Label icon = new Label(body, SWT.NONE);
        icon.setImage(Images.get(Images.PRODUCT_64));
        GridDataFactory.swtDefaults().span(1, 5).align(SWT.CENTER, SWT.TOP).applyTo(icon);

        Label name = new Label(body, SWT.NONE);
        name.setText(productName());
        name.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());

        BuildInfo info = BuildInfo.current();
        new Label(body, SWT.NONE).setText(NLS.bind(Messages.About_version, info.version()));
        new Label(body, SWT.NONE).setText(NLS.bind(Messages.About_buildId, info.buildId()));
        new Label(body, SWT.NONE).setText(NLS.bind(Messages.About_java,
                System.getProperty("java.version"), System.getProperty("java.vendor"))); //$NON-NLS-1$ //$NON-NLS-2$
        new Label(body, SWT.WRAP).setText(Messages.About_description);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.Dialog_close, true);
    }

    static String productName() {
        IProduct product = Platform.getProduct();
        return product != null ? product.getName() : Messages.Window_title;
    }
}
