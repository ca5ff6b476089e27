package vn.egov.workbench.architecture.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * What deleting a selection removes: the selected objects with their contents, and what would dangle without
 * them: relationships from or to a removed element, diagram nodes showing it and connections attached to removed
 * nodes or showing removed relationships. One EMF {@link DeleteCommand} removes all of it (and clears any other
 * reference to it), so one Undo brings everything back.
 */
public final class DeletePlan {

    private final List<EObject> selected;
    private final List<EObject> dangling;

    private DeletePlan(List<EObject> selected, List<EObject> dangling) {
        this.selected = selected;
        this.dangling = dangling;
    }

    public static DeletePlan of(Architecture model, Collection<?> selection) {
        Set<EObject> chosen = new LinkedHashSet<>();
        for (Object o : selection) {
            if (o instanceof KindGroup g) {
                g.folder().getItems().stream().filter(i -> i.eClass() == g.kind()).forEach(chosen::add);
            } else if (o instanceof EObject e && !(e instanceof Architecture) && e.eContainer() != null) {
                chosen.add(e);
            }
        }
        Set<EObject> removed = withContents(chosen);
        List<EObject> dangling = new ArrayList<>();
        // first pass: what refers to removed elements; second: connections attached to what the first removed
        for (int pass = 0; pass < 2 && !removed.isEmpty(); pass++) {
            List<EObject> found = new ArrayList<>();
            for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (removed.contains(o)) {
                    it.prune();
                } else if (o instanceof Property) {
                    it.prune();
                } else if (o instanceof Relationship r && (removed.contains(r.getSource()) || removed.contains(r.getTarget()))
                        || o instanceof DiagramNode n && removed.contains(n.getElement())
                        || o instanceof DiagramConnection c && (removed.contains(c.getSource())
                                || removed.contains(c.getTarget()) || removed.contains(c.getRelationship()))) {
                    found.add(o);
                    it.prune();
                }
            }
            dangling.addAll(found);
            removed.addAll(withContents(found));
        }
        return new DeletePlan(topMost(chosen), topMost(dangling));
    }

    private static Set<EObject> withContents(Collection<EObject> objects) {
        Set<EObject> result = new LinkedHashSet<>(objects);
        for (EObject o : objects) {
            o.eAllContents().forEachRemaining(result::add);
        }
        return result;
    }

    /** Drops objects inside other objects of the list: removing the container removes them. */
    private static List<EObject> topMost(Collection<EObject> objects) {
        Set<EObject> set = new LinkedHashSet<>(objects);
        List<EObject> result = new ArrayList<>();
        for (EObject o : set) {
            boolean inside = false;
            for (EObject c = o.eContainer(); c != null && !inside; c = c.eContainer()) {
                inside = set.contains(c);
            }
            if (!inside) {
                result.add(o);
            }
        }
        return result;
    }

    public List<EObject> selected() {
        return selected;
    }

    /** Relationships and diagram parts that are removed because they refer to the selection. */
    public List<EObject> dangling() {
        return dangling;
    }

    public boolean isEmpty() {
        return selected.isEmpty();
    }

    public Command command(EditingDomain domain) {
        List<EObject> all = new ArrayList<>(selected);
        all.addAll(dangling);
        return DeleteCommand.create(domain, topMost(all));
    }
}
