package vn.egov.workbench.architecture.diagram.internal.parts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramShape;

/**
 * The connections of a diagram by source and by target shape, rebuilt when the connections change: a shape's edit
 * part asks for its own without scanning every connection (which would make large diagrams quadratic).
 */
public final class ConnectionIndex {

    private final Diagram diagram;
    private Map<DiagramShape, List<DiagramConnection>> bySource;
    private Map<DiagramShape, List<DiagramConnection>> byTarget;

    ConnectionIndex(Diagram diagram) {
        this.diagram = diagram;
    }

    void invalidate() {
        bySource = null;
        byTarget = null;
    }

    List<DiagramConnection> sourcesOf(DiagramShape shape) {
        build();
        return bySource.getOrDefault(shape, List.of());
    }

    List<DiagramConnection> targetsOf(DiagramShape shape) {
        build();
        return byTarget.getOrDefault(shape, List.of());
    }

    private void build() {
        if (bySource != null) {
            return;
        }
        bySource = new HashMap<>();
        byTarget = new HashMap<>();
        for (DiagramConnection c : diagram.getConnections()) {
            if (c.getSource() != null && c.getTarget() != null) {
                bySource.computeIfAbsent(c.getSource(), k -> new ArrayList<>(2)).add(c);
                byTarget.computeIfAbsent(c.getTarget(), k -> new ArrayList<>(2)).add(c);
            }
        }
    }
}
