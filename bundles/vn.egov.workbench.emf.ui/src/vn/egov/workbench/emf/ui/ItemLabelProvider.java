package vn.egov.workbench.emf.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/** Labels and icons of any object, from the {@link IItemLabelProvider} its item provider offers. */
public class ItemLabelProvider extends LabelProvider {

    private final AdapterFactory adapterFactory;
    private final LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

    public ItemLabelProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
    }

    private IItemLabelProvider provider(Object element) {
        return (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
    }

    @Override
    public String getText(Object element) {
        IItemLabelProvider p = provider(element);
        return p != null ? p.getText(element) : element == null ? "" : element.toString(); //$NON-NLS-1$
    }

    @Override
    public Image getImage(Object element) {
        IItemLabelProvider p = provider(element);
        return p == null ? null : ItemImages.image(resources, p.getImage(element));
    }

    @Override
    public void dispose() {
        resources.dispose();
        super.dispose();
    }
}
