package vn.egov.workbench.architecture.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.NamedElement;
import vn.egov.workbench.architecture.model.PropertiesHolder;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * A model as three tables, shared by the CSV and JSON exports: elements, relations and properties. Fixed columns
 * first; the attributes of each kind that are set (e.g. securityLevel, url) go into a map, so a new kind or a
 * plug-in's attribute is exported without changing this class. Values are written as in the model file.
 */
final class ExportData {

    static final List<String> ELEMENT_COLUMNS = List.of("id", "kind", "domain", "code", "name", "lifecycleStatus", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "owner", "description"); //$NON-NLS-1$ //$NON-NLS-2$
    static final List<String> RELATION_COLUMNS = List.of("id", "type", "source", "sourceName", "target", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "targetName", "name"); //$NON-NLS-1$ //$NON-NLS-2$
    static final List<String> PROPERTY_COLUMNS = List.of("owner", "ownerKind", "ownerName", "key", "value"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private static final Set<String> FIXED = Set.of("id", "name", "code", "description", "lifecycleStatus", "owner", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
            "source", "target", "properties"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /** One row: the fixed columns in order, then the other attributes that are set. */
    record Row(Map<String, String> columns, Map<String, String> attributes) {
    }

    final List<Row> elements = new ArrayList<>();
    final List<Row> relations = new ArrayList<>();
    final List<Row> properties = new ArrayList<>();

    static ExportData of(Architecture model) {
        ExportData data = new ExportData();
        data.addProperties(model);
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Element e) {
                data.elements.add(new Row(columns(ELEMENT_COLUMNS, e.getId(), e.eClass().getName(),
                        ModelInput.domain(e), e.getCode(), e.getName(), e.getLifecycleStatus().getLiteral(),
                        id(e.getOwner()), e.getDescription()), attributes(e)));
            } else if (o instanceof Relationship r) {
                data.relations.add(new Row(columns(RELATION_COLUMNS, r.getId(), r.eClass().getName(),
                        id(r.getSource()), name(r.getSource()), id(r.getTarget()), name(r.getTarget()), r.getName()),
                        attributes(r)));
            }
            if (o instanceof PropertiesHolder h) {
                data.addProperties(h);
            }
        }
        return data;
    }

    private void addProperties(PropertiesHolder holder) {
        for (Property p : holder.getProperties()) {
            properties.add(new Row(columns(PROPERTY_COLUMNS, id(holder), holder.eClass().getName(), name(holder),
                    p.getKey(), p.getValue()), Map.of()));
        }
    }

    private static Map<String, String> columns(List<String> names, String... values) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values[i]);
        }
        return map;
    }

    private static Map<String, String> attributes(EObject o) {
        Map<String, String> map = new LinkedHashMap<>();
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (FIXED.contains(f.getName()) || !o.eIsSet(f) || f.isTransient()
                    || f instanceof EReference r && r.isContainment()) {
                continue;
            }
            Object value = o.eGet(f);
            List<?> values = f.isMany() ? (List<?>) value : List.of(value);
            map.put(f.getName(), values.stream().map(v -> text(f, v)).collect(Collectors.joining(" "))); //$NON-NLS-1$
        }
        return map;
    }

    private static String text(EStructuralFeature f, Object v) {
        if (f instanceof EAttribute a) {
            return EcoreUtil.convertToString(a.getEAttributeType(), v);
        }
        return id((EObject) v);
    }

    private static String id(EObject o) {
        return o instanceof ArchitectureObject a ? a.getId() : null;
    }

    private static String name(EObject o) {
        return o instanceof NamedElement n ? n.getName() : null;
    }
}
