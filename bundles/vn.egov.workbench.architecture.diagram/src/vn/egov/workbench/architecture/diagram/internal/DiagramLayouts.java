package vn.egov.workbench.architecture.diagram.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramGroup;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.DiagramShape;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * Generated layouts: a new diagram of a whole model with one lane per domain in the order of the provincial overall
 * diagram (users, channels, portals, business, applications, data, integration, infrastructure, security, policy...),
 * and the placement of elements added to an existing diagram.
 */
public final class DiagramLayouts {

    public static final int NODE_W = 160;
    public static final int NODE_H = 55;
    public static final int GAP = 20;
    public static final int HEADER = 34;
    public static final int PER_ROW = 6;
    public static final int LANE_W = GAP + PER_ROW * (NODE_W + GAP);

    private static final ArchitectureFactory F = ArchitectureFactory.eINSTANCE;

    private DiagramLayouts() {
    }

    /** A new diagram (not yet in the model) showing every element of {@code model} and the relationships between them. */
    public static Diagram generate(Architecture model, String name) {
        Diagram diagram = F.createDiagram();
        diagram.setName(name);
        diagram.setViewpoint("overall"); //$NON-NLS-1$
        Map<Domain, List<Element>> byDomain = new EnumMap<>(Domain.class);
        List<Relationship> relationships = new ArrayList<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Element e) {
                byDomain.computeIfAbsent(Domain.of(e.eClass()), k -> new ArrayList<>()).add(e);
            } else if (o instanceof Relationship r) {
                relationships.add(r);
            } else if (o instanceof Diagram) {
                it.prune();
            }
        }
        Map<Element, DiagramNode> nodes = new HashMap<>();
        int y = GAP;
        for (Map.Entry<Domain, List<Element>> lane : byDomain.entrySet()) {
            List<Element> elements = lane.getValue();
            int rows = (elements.size() + PER_ROW - 1) / PER_ROW;
            DiagramGroup group = F.createDiagramGroup();
            group.setLabel(lane.getKey().label());
            group.setX(GAP);
            group.setY(y);
            group.setWidth(LANE_W);
            group.setHeight(HEADER + rows * (NODE_H + GAP));
            diagram.getChildren().add(group);
            for (int i = 0; i < elements.size(); i++) {
                DiagramNode node = node(elements.get(i), GAP + (i % PER_ROW) * (NODE_W + GAP),
                        HEADER + (i / PER_ROW) * (NODE_H + GAP));
                group.getChildren().add(node);
                nodes.put(elements.get(i), node);
            }
            y += group.getHeight() + GAP;
        }
        diagram.getConnections().addAll(connections(relationships, nodes, Set.of()));
        return diagram;
    }

    /** What adding elements to a diagram adds: nodes below the present content, and connections. */
    public record Addition(List<DiagramNode> nodes, List<DiagramConnection> connections) {
    }

    /**
     * New nodes for those of {@code elements} the diagram does not show yet, in rows below its content, and
     * connections for the model's relationships between them and the shapes already there.
     */
    public static Addition add(Diagram diagram, Architecture model, Collection<? extends Element> elements) {
        Map<Element, DiagramNode> shown = new LinkedHashMap<>();
        int bottom = 0;
        for (DiagramShape s : diagram.getChildren()) {
            bottom = Math.max(bottom, s.getY() + Math.max(s.getHeight(), NODE_H));
        }
        for (TreeIterator<EObject> it = diagram.eAllContents(); it.hasNext();) {
            if (it.next() instanceof DiagramNode n && n.getElement() != null) {
                shown.putIfAbsent(n.getElement(), n);
            }
        }
        List<DiagramNode> added = new ArrayList<>();
        Map<Element, DiagramNode> all = new HashMap<>(shown);
        int y0 = bottom + GAP;
        for (Element e : elements) {
            if (all.containsKey(e)) {
                continue;
            }
            int i = added.size();
            DiagramNode node = node(e, GAP + (i % PER_ROW) * (NODE_W + GAP), y0 + (i / PER_ROW) * (NODE_H + GAP));
            added.add(node);
            all.put(e, node);
        }
        Set<Relationship> drawn = new HashSet<>();
        for (DiagramConnection c : diagram.getConnections()) {
            if (c.getRelationship() != null) {
                drawn.add(c.getRelationship());
            }
        }
        List<Relationship> relationships = new ArrayList<>();
        Set<Element> addedElements = new HashSet<>();
        for (DiagramNode n : added) {
            addedElements.add(n.getElement());
        }
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Relationship r
                    && (addedElements.contains(r.getSource()) || addedElements.contains(r.getTarget()))) {
                relationships.add(r);
            } else if (o instanceof Diagram) {
                it.prune();
            }
        }
        return new Addition(added, connections(relationships, all, drawn));
    }

    private static DiagramNode node(Element e, int x, int y) {
        DiagramNode node = F.createDiagramNode();
        node.setElement(e);
        node.setX(x);
        node.setY(y);
        node.setWidth(NODE_W);
        node.setHeight(NODE_H);
        return node;
    }

    private static List<DiagramConnection> connections(List<Relationship> relationships,
            Map<Element, DiagramNode> nodes, Set<Relationship> skip) {
        List<DiagramConnection> result = new ArrayList<>();
        for (Relationship r : relationships) {
            DiagramNode source = nodes.get(r.getSource());
            DiagramNode target = nodes.get(r.getTarget());
            if (source != null && target != null && source != target && !skip.contains(r)) {
                DiagramConnection c = F.createDiagramConnection();
                c.setRelationship(r);
                c.setSource(source);
                c.setTarget(target);
                result.add(c);
            }
        }
        return result;
    }
}
