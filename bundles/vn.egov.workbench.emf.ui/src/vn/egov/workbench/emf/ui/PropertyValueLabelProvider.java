package vn.egov.workbench.emf.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;

import vn.egov.workbench.emf.ui.internal.Messages;

/**
 * Text of a property's value as the item provider words it (enum literals, referenced elements by
 * their label, dates in the model's format; booleans as yes and no in the workbench language), with the icon of
 * referenced elements.
 */
public class PropertyValueLabelProvider extends ItemLabelProvider {

    private final Object object;
    private final IItemPropertyDescriptor descriptor;

    public PropertyValueLabelProvider(Object object, IItemPropertyDescriptor descriptor, AdapterFactory adapterFactory) {
        super(adapterFactory);
        this.object = object;
        this.descriptor = descriptor;
    }

    @Override
    public String getText(Object value) {
        if (value instanceof Boolean b) {
            return b ? Messages.Value_yes : Messages.Value_no; // EMF would print true/false in every language
        }
        IItemLabelProvider p = descriptor.getLabelProvider(object);
        return p != null ? p.getText(value) : super.getText(value);
    }
}
