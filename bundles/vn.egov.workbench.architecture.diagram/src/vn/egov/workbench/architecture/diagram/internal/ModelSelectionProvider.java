package vn.egov.workbench.architecture.diagram.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.EditPart;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import vn.egov.workbench.architecture.diagram.internal.parts.ConnectionPart;
import vn.egov.workbench.architecture.diagram.internal.parts.DiagramPart;
import vn.egov.workbench.architecture.diagram.internal.parts.ShapePart;

/**
 * The diagram editor's selection as the workbench sees it: the model objects the selected figures show (elements,
 * relationships, groups, the diagram), so the Properties view and the tree work on the model, not on edit parts.
 */
public final class ModelSelectionProvider implements ISelectionProvider, ISelectionChangedListener {

    private final GraphicalViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    public ModelSelectionProvider(GraphicalViewer viewer) {
        this.viewer = viewer;
        viewer.addSelectionChangedListener(this);
    }

    /** The model object an edit part stands for. */
    public static EObject shownBy(Object part) {
        if (part instanceof ShapePart s) {
            return s.getShown();
        }
        if (part instanceof ConnectionPart c) {
            return c.getShown();
        }
        if (part instanceof DiagramPart d) {
            return d.getDiagram();
        }
        return null;
    }

    @Override
    public ISelection getSelection() {
        List<EObject> objects = new ArrayList<>();
        if (viewer.getSelection() instanceof IStructuredSelection s) {
            for (Object part : s.toList()) {
                EObject shown = shownBy(part);
                if (shown != null && !objects.contains(shown)) {
                    objects.add(shown);
                }
            }
        }
        return new StructuredSelection(objects);
    }

    /** Selects the edit parts that show the given model objects. */
    @Override
    public void setSelection(ISelection selection) {
        List<EditPart> parts = new ArrayList<>();
        if (selection instanceof IStructuredSelection s) {
            for (Object o : s.toList()) {
                parts.addAll(PartFinder.partsShowing(viewer, o));
            }
        }
        viewer.setSelection(new StructuredSelection(parts));
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void selectionChanged(SelectionChangedEvent event) {
        SelectionChangedEvent translated = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener l : listeners) {
            l.selectionChanged(translated);
        }
    }

    public void dispose() {
        viewer.removeSelectionChangedListener(this);
    }
}
