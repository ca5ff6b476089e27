package vn.egov.workbench.architecture.model.edit.kinds;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.ResourceLocator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.CommandParameter;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.osgi.framework.Bundle;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.kinds.ElementKind;
import vn.egov.workbench.architecture.model.provider.ArchitectureEditPlugin;

/**
 * The item provider of one contributed kind: its base kind's generated provider does the work (children, commands,
 * properties, notifications), this one gives the contribution's name and icon and adds a property row for each
 * attribute the kind's class adds.
 */
final class KindItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
        IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

    private final ElementKindsAdapterFactory factory;
    private final EClass eClass;
    private final EClass baseClass;
    private final ElementKind kind; // null for a class of the package that was not contributed itself
    private final String baseLabel;

    KindItemProvider(ElementKindsAdapterFactory factory, EClass eClass) {
        super(factory);
        this.factory = factory;
        this.eClass = eClass;
        this.baseClass = baseClass(eClass);
        this.kind = factory.kinds().describing(eClass).orElse(null);
        this.baseLabel = baseClass == null ? "" : ArchitectureEditPlugin.INSTANCE //$NON-NLS-1$
                .getString("_UI_" + baseClass.getName() + "_type"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The nearest class of the architecture metamodel above {@code c} (along first supertypes, as EMF's switch). */
    private static EClass baseClass(EClass c) {
        for (EClass k = c; k != null; k = k.getESuperTypes().isEmpty() ? null : k.getESuperTypes().get(0)) {
            if (k.getEPackage() == ArchitecturePackage.eINSTANCE) {
                return k;
            }
        }
        return null;
    }

    private ItemProviderAdapter base(Object object) {
        return object instanceof EObject o ? (ItemProviderAdapter) factory.base().createAdapter(o) : null;
    }

    @Override
    public ResourceLocator getResourceLocator() {
        return ArchitectureEditPlugin.INSTANCE;
    }

    @Override
    public String getText(Object object) {
        String label = kind == null ? eClass.getName() : kind.label();
        ItemProviderAdapter base = base(object);
        String text = base == null ? null : ((IItemLabelProvider) base).getText(object);
        if (text == null) {
            return label;
        }
        // the base provider says e.g. "Application X" or "Serves (A → B)": name the kind instead
        return !baseLabel.isEmpty() && text.startsWith(baseLabel) ? label + text.substring(baseLabel.length()) : text;
    }

    @Override
    public Object getImage(Object object) {
        URL icon = kind == null ? null : kind.icon();
        if (icon != null) {
            return icon;
        }
        ItemProviderAdapter base = base(object);
        return base == null ? null : ((IItemLabelProvider) base).getImage(object);
    }

    @Override
    public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
        if (itemPropertyDescriptors == null) {
            ItemProviderAdapter base = base(object);
            List<IItemPropertyDescriptor> all = new ArrayList<>();
            if (base != null) {
                all.addAll(((IItemPropertySource) base).getPropertyDescriptors(object));
            }
            for (EAttribute a : eClass.getEAllAttributes()) {
                if (a.getEContainingClass().getEPackage() != ArchitecturePackage.eINSTANCE) {
                    all.add(createItemPropertyDescriptor(((ElementKindsAdapterFactory) adapterFactory)
                            .getRootAdapterFactory(), getResourceLocator(), featureLabel(a), featureLabel(a), a, true,
                            false, false, ItemPropertyDescriptor.GENERIC_VALUE_IMAGE, null, null));
                }
            }
            itemPropertyDescriptors = all;
        }
        return itemPropertyDescriptors;
    }

    /** The contributing plug-in's label for an attribute (EMF generator's key), else the attribute's name. */
    private String featureLabel(EAttribute a) {
        String key = "%_UI_" + a.getEContainingClass().getName() + "_" + a.getName() + "_feature"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        Bundle bundle = kind == null ? null : Platform.getBundle(kind.contributor());
        String text = bundle == null ? key : Platform.getResourceString(bundle, key);
        return text == null || text.equals(key) ? a.getName() : text;
    }

    @Override
    public Collection<?> getElements(Object object) {
        ItemProviderAdapter base = base(object);
        return base == null ? List.of() : base.getElements(object);
    }

    @Override
    public Collection<?> getChildren(Object object) {
        ItemProviderAdapter base = base(object);
        return base == null ? List.of() : base.getChildren(object);
    }

    @Override
    public boolean hasChildren(Object object) {
        ItemProviderAdapter base = base(object);
        return base != null && base.hasChildren(object);
    }

    @Override
    public Object getParent(Object object) {
        return object instanceof EObject o ? o.eContainer() : null;
    }

    @Override
    public Collection<?> getNewChildDescriptors(Object object, EditingDomain editingDomain, Object sibling) {
        ItemProviderAdapter base = base(object);
        return base == null ? List.of() : base.getNewChildDescriptors(object, editingDomain, sibling);
    }

    @Override
    public Command createCommand(Object object, EditingDomain domain, Class<? extends Command> commandClass,
            CommandParameter commandParameter) {
        ItemProviderAdapter base = base(object);
        return base == null ? super.createCommand(object, domain, commandClass, commandParameter)
                : base.createCommand(object, domain, commandClass, commandParameter);
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (notification.getFeature() instanceof EAttribute a
                && a.getEContainingClass().getEPackage() != ArchitecturePackage.eINSTANCE) {
            fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
            return;
        }
        ItemProviderAdapter base = base(notification.getNotifier());
        if (base != null) {
            base.notifyChanged(notification); // updates children and labels through the composed factory
        }
    }
}
