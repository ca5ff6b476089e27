package vn.egov.workbench.architecture.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Display;

import vn.egov.workbench.architecture.editing.ModelDocument;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderItem;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.model.Property;

/**
 * The model tree, lazily: the input is a {@link ModelDocument}; its one root is the model, then folders (one per
 * domain), then the folder's items grouped by kind ({@link KindGroup}) when it holds several kinds. Children are
 * computed only for the nodes the virtual tree asks about and cached until the model changes there, so a model of
 * 100,000 elements opens without walking it. The filter is applied here too: a lazy viewer cannot use
 * {@code ViewerFilter}s.
 */
public class ModelTreeContentProvider implements ILazyTreeContentProvider, INotifyChangedListener {

    private final ComposedAdapterFactory adapterFactory;
    private final Map<Object, List<Object>> cache = new HashMap<>();
    private final Map<EClass, String> kindLabels = new HashMap<>();
    private TreeViewer viewer;
    private ModelDocument document;
    /** With a filter: the matching objects and their containers; {@code null} without a filter. */
    private Set<EObject> visible;
    private int matchCount;

    public ModelTreeContentProvider(ComposedAdapterFactory adapterFactory) {
        this.adapterFactory = adapterFactory;
        adapterFactory.addListener(this);
    }

    @Override
    public void inputChanged(Viewer v, Object oldInput, Object newInput) {
        viewer = (TreeViewer) v;
        document = newInput instanceof ModelDocument d ? d : null;
        cache.clear();
    }

    /** The children shown under {@code parent}, computed once until the model changes there. */
    public List<Object> children(Object parent) {
        List<Object> result = cache.get(parent);
        if (result == null) {
            result = compute(parent);
            cache.put(parent, result);
        }
        return result;
    }

    private List<Object> compute(Object parent) {
        if (parent instanceof ModelDocument d) {
            return List.of(d.getModel());
        }
        if (parent instanceof EObject o) {
            // the item provider fires the change notifications this provider refreshes on
            adapterFactory.adapt(o, ITreeItemContentProvider.class);
        }
        if (parent instanceof Architecture a) {
            return shown(new ArrayList<>(a.getFolders()));
        }
        if (parent instanceof Folder f) {
            return folderChildren(f);
        }
        if (parent instanceof KindGroup g) {
            List<Object> items = new ArrayList<>();
            for (FolderItem item : g.folder().getItems()) {
                if (item.eClass() == g.kind() && isShown(item)) {
                    items.add(item);
                }
            }
            return items;
        }
        if (parent instanceof Diagram || !(parent instanceof EObject)) {
            return List.of(); // a diagram's shapes belong to the diagram editor
        }
        ITreeItemContentProvider p = (ITreeItemContentProvider) adapterFactory.adapt(parent, ITreeItemContentProvider.class);
        List<Object> result = new ArrayList<>();
        if (p != null) {
            for (Object child : p.getChildren(parent)) {
                if (!(child instanceof Property) && (!(child instanceof EObject e) || isShown(e))) {
                    result.add(child);
                }
            }
        }
        return result;
    }

    private List<Object> folderChildren(Folder folder) {
        List<Object> result = shown(new ArrayList<>(folder.getFolders()));
        Map<EClass, Integer> kinds = new LinkedHashMap<>();
        for (FolderItem item : folder.getItems()) {
            if (isShown(item)) {
                kinds.merge(item.eClass(), 1, Integer::sum);
            }
        }
        if (kinds.size() <= 1) {
            for (FolderItem item : folder.getItems()) {
                if (isShown(item)) {
                    result.add(item);
                }
            }
            return result;
        }
        List<EClass> sorted = new ArrayList<>(kinds.keySet());
        sorted.sort(Comparator.comparing(this::kindLabel, java.text.Collator.getInstance()));
        for (EClass kind : sorted) {
            result.add(new KindGroup(folder, kind));
        }
        return result;
    }

    private List<Object> shown(List<Object> objects) {
        if (visible != null) {
            objects.removeIf(o -> o instanceof EObject e && !visible.contains(e));
        }
        return objects;
    }

    private boolean isShown(EObject object) {
        return visible == null || visible.contains(object);
    }

    /** The kind's name in the workbench language, e.g. "Ứng dụng". */
    public String kindLabel(EClass kind) {
        return kindLabels.computeIfAbsent(kind, Kinds::label);
    }

    @Override
    public void updateElement(Object parent, int index) {
        List<Object> children = children(parent);
        if (index < children.size()) {
            Object child = children.get(index);
            viewer.replace(parent, index, child);
            updateChildCount(child, -1);
        }
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = children(element).size();
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Architecture) {
            return document;
        }
        if (element instanceof KindGroup g) {
            return g.folder();
        }
        if (element instanceof FolderItem item && item.eContainer() instanceof Folder folder) {
            for (Object child : children(folder)) {
                if (child instanceof KindGroup g && g.kind() == item.eClass()) {
                    return g;
                }
            }
            return folder;
        }
        return element instanceof EObject e ? e.eContainer() : null;
    }

    /**
     * Shows only objects whose name or code contains {@code text}, compared without diacritics, and their
     * containers; an empty text shows everything again.
     *
     * @return the number of matching objects
     */
    public int setFilter(String text) {
        String folded = TextFold.fold(text == null ? "" : text.trim()); //$NON-NLS-1$
        cache.clear();
        if (folded.isEmpty() || document == null) {
            visible = null;
            matchCount = 0;
            return 0;
        }
        Set<EObject> shown = new HashSet<>();
        int matches = 0;
        for (TreeIterator<EObject> it = document.getModel().eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Property || o.eContainer() instanceof Diagram) {
                it.prune();
                continue;
            }
            if (o instanceof NamedElement n && (TextFold.fold(n.getName()).contains(folded)
                    || TextFold.fold(n.getCode()).contains(folded))) {
                matches++;
                for (EObject c = o; c != null && shown.add(c); c = c.eContainer()) {
                    // the object and its containers, up to the first one already shown
                }
            }
        }
        shown.add(document.getModel());
        visible = shown;
        matchCount = matches;
        return matches;
    }

    /** Shows {@code object} and its containers although they do not match the filter (a new or pasted object). */
    public void makeVisible(EObject object) {
        if (visible != null) {
            for (EObject c = object; c != null && visible.add(c); c = c.eContainer()) {
                invalidate(c.eContainer());
            }
            invalidate(object.eContainer());
        }
    }

    public boolean isFiltered() {
        return visible != null;
    }

    public int getMatchCount() {
        return matchCount;
    }

    /** Whether the tree shows {@code object} with the current filter. */
    public boolean isVisible(EObject object) {
        return isShown(object);
    }

    @Override
    public void notifyChanged(Notification notification) {
        TreeViewer v = viewer;
        if (v == null || v.getControl().isDisposed() || !(notification.getNotifier() instanceof EObject notifier)
                || document == null || notifier.eResource() != document.getModel().eResource()) {
            return;
        }
        if (Display.getCurrent() != v.getControl().getDisplay()) {
            v.getControl().getDisplay().asyncExec(() -> notifyChanged(notification));
            return;
        }
        if (notification.isTouch()) {
            return;
        }
        if (notification.getFeature() instanceof EReference r && r.isContainment()) {
            invalidate(notifier);
            v.refresh(notifier, true);
        } else {
            v.update(notifier, null);
            // a group's label counts its items; a renamed item does not change it, so only the item updates
        }
    }

    /** Forgets the cached children of {@code object} and of the kind groups under it. */
    public void invalidate(Object object) {
        cache.remove(object);
        cache.keySet().removeIf(k -> k instanceof KindGroup g && g.folder() == object);
    }

    /** Forgets every cached child list (after validation changes labels, or the filter changes). */
    public void invalidateAll() {
        cache.clear();
    }

    @Override
    public void dispose() {
        adapterFactory.removeListener(this);
        cache.clear();
    }
}
