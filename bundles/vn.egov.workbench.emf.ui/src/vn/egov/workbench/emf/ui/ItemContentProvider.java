package vn.egov.workbench.emf.ui;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.IViewerNotification;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/**
 * Tree content from the item providers of an adapter factory, and viewer refresh when the model
 * changes: the item providers fire {@link IViewerNotification}s, which say whether an element's
 * children, its label or both changed, so only that part of the viewer is refreshed. Also the
 * property sources of the Properties view.
 */
public class ItemContentProvider implements ITreeContentProvider, INotifyChangedListener, IPropertySourceProvider {

    private static final Object[] NONE = new Object[0];

    private final AdapterFactory adapterFactory;
    private StructuredViewer viewer;

    public ItemContentProvider(AdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = v instanceof StructuredViewer s ? s : null;
    }

    @Override
    public Object[] getElements(Object input) {
        IStructuredItemContentProvider p = (IStructuredItemContentProvider) adapterFactory.adapt(input,
                IStructuredItemContentProvider.class);
        return p == null ? NONE : p.getElements(input).toArray();
    }

    @Override
    public Object[] getChildren(Object parent) {
        ITreeItemContentProvider p = tree(parent);
        return p == null ? NONE : p.getChildren(parent).toArray();
    }

    @Override
    public boolean hasChildren(Object element) {
        ITreeItemContentProvider p = tree(element);
        return p != null && p.hasChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        ITreeItemContentProvider p = tree(element);
        return p == null ? null : p.getParent(element);
    }

    private ITreeItemContentProvider tree(Object element) {
        return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
    }

    @Override
    public IPropertySource getPropertySource(Object object) {
        return ItemPropertySource.of(object, adapterFactory);
    }

    @Override
    public void notifyChanged(Notification notification) {
        StructuredViewer v = viewer;
        if (v == null || v.getControl() == null || v.getControl().isDisposed()) {
            return;
        }
        Display display = v.getControl().getDisplay();
        if (Display.getCurrent() == display) {
            refresh(v, notification);
        } else {
            display.asyncExec(() -> {
                if (!v.getControl().isDisposed()) {
                    refresh(v, notification);
                }
            });
        }
    }

    /** Refreshes what the notification says changed; a plain notification refreshes its notifier. */
    static void refresh(StructuredViewer v, Notification n) {
        if (n instanceof IViewerNotification vn) {
            Object element = vn.getElement();
            if (vn.isContentRefresh()) {
                if (element == null) {
                    v.refresh(vn.isLabelUpdate());
                } else {
                    v.refresh(element, vn.isLabelUpdate());
                }
            } else if (vn.isLabelUpdate() && element != null) {
                v.update(element, null);
            }
        } else if (n.getNotifier() != null) {
            v.refresh(n.getNotifier(), true);
        }
    }

    @Override
    public void dispose() {
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.removeListener(this);
        }
        viewer = null;
    }
}
