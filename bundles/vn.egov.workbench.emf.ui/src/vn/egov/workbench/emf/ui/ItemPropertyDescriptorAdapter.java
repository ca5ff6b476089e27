package vn.egov.workbench.emf.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

import vn.egov.workbench.emf.ui.internal.CellEditors;

/** One row of the Properties view: name, category, help, label and the cell editor for its type. */
public class ItemPropertyDescriptorAdapter implements IPropertyDescriptor {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;
    private final AdapterFactory adapterFactory;

    public ItemPropertyDescriptorAdapter(Object object, IItemPropertyDescriptor descriptor, AdapterFactory adapterFactory) {
        this.object = object;
        this.descriptor = descriptor;
        this.adapterFactory = adapterFactory;
    }

    public IItemPropertyDescriptor itemDescriptor() {
        return descriptor;
    }

    @Override
    public CellEditor createPropertyEditor(Composite parent) {
        return descriptor.canSetProperty(object) ? CellEditors.create(parent, object, descriptor, getLabelProvider()) : null;
    }

    @Override
    public String getCategory() {
        return descriptor.getCategory(object);
    }

    @Override
    public String getDescription() {
        return descriptor.getDescription(object);
    }

    @Override
    public String getDisplayName() {
        return descriptor.getDisplayName(object);
    }

    @Override
    public String[] getFilterFlags() {
        return descriptor.getFilterFlags(object);
    }

    @Override
    public Object getHelpContextIds() {
        return descriptor.getHelpContextIds(object);
    }

    @Override
    public Object getId() {
        return descriptor.getId(object);
    }

    @Override
    public ILabelProvider getLabelProvider() {
        return new PropertyValueLabelProvider(object, descriptor, adapterFactory);
    }

    @Override
    public boolean isCompatibleWith(IPropertyDescriptor other) {
        return other instanceof ItemPropertyDescriptorAdapter a && a.descriptor.getFeature(a.object) == descriptor.getFeature(object);
    }
}
