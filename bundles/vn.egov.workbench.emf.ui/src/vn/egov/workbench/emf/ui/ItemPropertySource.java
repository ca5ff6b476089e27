package vn.egov.workbench.emf.ui;

import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's view of a model object, from its item provider's property descriptors.
 * Values are set through {@link IItemPropertyDescriptor#setPropertyValue}, which executes a
 * command on the object's editing domain: every edit can be undone.
 */
public class ItemPropertySource implements IPropertySource {

    private final Object object;
    private final IItemPropertySource source;
    private final AdapterFactory adapterFactory;

    public ItemPropertySource(Object object, IItemPropertySource source, AdapterFactory adapterFactory) {
        this.object = object;
        this.source = source;
        this.adapterFactory = adapterFactory;
    }

    /** The property source of an object, or null when its item provider offers none. */
    public static ItemPropertySource of(Object object, AdapterFactory adapterFactory) {
        IItemPropertySource s = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
        return s == null ? null : new ItemPropertySource(object, s, adapterFactory);
    }

    @Override
    public Object getEditableValue() {
        return source.getEditableValue(object);
    }

    @Override
    public IPropertyDescriptor[] getPropertyDescriptors() {
        List<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
        return items.stream().map(d -> new ItemPropertyDescriptorAdapter(object, d, adapterFactory))
                .toArray(IPropertyDescriptor[]::new);
    }

    private IItemPropertyDescriptor find(Object id) {
        return source.getPropertyDescriptor(object, id);
    }

    @Override
    public Object getPropertyValue(Object id) {
        IItemPropertyDescriptor d = find(id);
        if (d == null) {
            return null;
        }
        Object value = d.getPropertyValue(object);
        // item providers wrap values for nested property sheets; cell editors want the value itself
        return value instanceof ItemPropertyDescriptor.PropertyValueWrapper w ? w.getEditableValue(object) : value;
    }

    @Override
    public boolean isPropertySet(Object id) {
        IItemPropertyDescriptor d = find(id);
        return d != null && d.isPropertySet(object);
    }

    @Override
    public void resetPropertyValue(Object id) {
        IItemPropertyDescriptor d = find(id);
        if (d != null) {
            d.resetPropertyValue(object);
        }
    }

    @Override
    public void setPropertyValue(Object id, Object value) {
        IItemPropertyDescriptor d = find(id);
        if (d != null && d.canSetProperty(object)) {
            d.setPropertyValue(object, value);
        }
    }
}
