package vn.egov.workbench.architecture.model.edit.kinds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.edit.provider.ChangeNotifier;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IDisposable;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;

import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.model.kinds.ElementKinds.KindPackage;
import vn.egov.workbench.architecture.model.provider.ArchitectureItemProviderAdapterFactory;

/**
 * Item providers for the kinds that plug-ins contribute ({@link ElementKinds}) and that come without item providers
 * of their own: each {@link KindItemProvider} behaves like its base kind's generated provider, with the
 * contribution's name and icon and a Properties view row per added attribute.
 * <p>
 * Use {@link #install(ComposedAdapterFactory)} on the composed factory of an editing session: it adds the plug-ins'
 * own adapter factories and this one. Packages whose item providers are registered the standard EMF way
 * ({@code org.eclipse.emf.edit.itemProviderAdapterFactories}) are left to those.
 */
public final class ElementKindsAdapterFactory extends AdapterFactoryImpl
        implements ComposeableAdapterFactory, IChangeNotifier, IDisposable {

    private static final Set<Object> SUPPORTED = Set.of(IEditingDomainItemProvider.class,
            IStructuredItemContentProvider.class, ITreeItemContentProvider.class, IItemLabelProvider.class,
            IItemPropertySource.class);

    private final ElementKinds kinds;
    private final Set<EPackage> packages;
    private final ArchitectureItemProviderAdapterFactory base = new ArchitectureItemProviderAdapterFactory();
    private final ChangeNotifier changeNotifier = new ChangeNotifier();
    private final Map<Object, KindItemProvider> providers = new HashMap<>();
    private ComposedAdapterFactory parent;

    /** Generic item providers for the given packages of {@code kinds}. */
    public ElementKindsAdapterFactory(ElementKinds kinds, Set<EPackage> packages) {
        this.kinds = kinds;
        this.packages = Set.copyOf(packages);
    }

    /**
     * Adds to {@code composed} the adapter factories of the contributed kinds: a plug-in's own factory where it
     * gives one that can be created, and this generic one for the other packages.
     */
    public static void install(ComposedAdapterFactory composed, ElementKinds kinds) {
        Set<EPackage> generic = new java.util.HashSet<>();
        for (KindPackage p : kinds.packages()) {
            AdapterFactory own = p.newAdapterFactory().orElse(null);
            if (own != null) {
                composed.addAdapterFactory(own);
            } else if (!registeredByEmf(p.ePackage())) {
                generic.add(p.ePackage());
            }
        }
        if (!generic.isEmpty()) {
            composed.addAdapterFactory(new ElementKindsAdapterFactory(kinds, generic));
        }
    }

    /** {@link #install(ComposedAdapterFactory, ElementKinds)} with the kinds of the running platform. */
    public static void install(ComposedAdapterFactory composed) {
        install(composed, ElementKinds.getDefault());
    }

    private static boolean registeredByEmf(EPackage p) {
        return ComposedAdapterFactory.Descriptor.Registry.INSTANCE
                .getDescriptor(List.of(p, IItemLabelProvider.class)) != null;
    }

    ElementKinds kinds() {
        return kinds;
    }

    ArchitectureItemProviderAdapterFactory base() {
        return base;
    }

    @Override
    public boolean isFactoryForType(Object type) {
        return SUPPORTED.contains(type) || type instanceof EPackage p && packages.contains(p);
    }

    @Override
    public Adapter adapt(Notifier notifier, Object type) {
        return super.adapt(notifier, this);
    }

    @Override
    public Object adapt(Object object, Object type) {
        if (isFactoryForType(type)) {
            Object adapter = super.adapt(object, type);
            if (!(type instanceof Class<?> c) || c.isInstance(adapter)) {
                return adapter;
            }
        }
        return null;
    }

    @Override
    protected Adapter createAdapter(Notifier target) {
        if (!(target instanceof EObject o) || !packages.contains(o.eClass().getEPackage())) {
            return null;
        }
        return providers.computeIfAbsent(o.eClass(), k -> new KindItemProvider(this, o.eClass()));
    }

    @Override
    public ComposeableAdapterFactory getRootAdapterFactory() {
        return parent == null ? this : parent.getRootAdapterFactory();
    }

    @Override
    public void setParentAdapterFactory(ComposedAdapterFactory parentAdapterFactory) {
        parent = parentAdapterFactory;
        base.setParentAdapterFactory(parentAdapterFactory);
    }

    @Override
    public void addListener(INotifyChangedListener listener) {
        changeNotifier.addListener(listener);
    }

    @Override
    public void removeListener(INotifyChangedListener listener) {
        changeNotifier.removeListener(listener);
    }

    @Override
    public void fireNotifyChanged(Notification notification) {
        changeNotifier.fireNotifyChanged(notification);
        if (parent != null) {
            parent.fireNotifyChanged(notification);
        }
    }

    @Override
    public void dispose() {
        providers.values().forEach(KindItemProvider::dispose);
        providers.clear();
        base.dispose();
    }
}
