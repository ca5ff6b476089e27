package vn.egov.workbench.inspection.store.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectionPackage;

/**
 * Turns an object and its contents into "path = text" pairs (e.g. {@code decision.lines[0].fine = 6000000}),
 * so the audit log can record exactly which fields a save changed, whatever the class.
 */
public final class Flattener {

    private Flattener() {
    }

    public static Map<String, String> flatten(EObject o) {
        Map<String, String> out = new LinkedHashMap<>();
        flatten(o, "", out); //$NON-NLS-1$
        return out;
    }

    private static void flatten(EObject o, String prefix, Map<String, String> out) {
        for (EAttribute a : o.eClass().getEAllAttributes()) {
            if (a == InspectionPackage.Literals.ENTITY__ID || a == InspectionPackage.Literals.ENTITY__VERSION) {
                continue;
            }
            Object v = o.eGet(a);
            String text;
            if (a.isMany()) {
                text = ((List<?>) v).isEmpty() ? null : String.join("; ", ((List<?>) v).stream().map(String::valueOf).toList()); //$NON-NLS-1$
            } else {
                text = v == null ? null : v instanceof String s ? s : EcoreUtil.convertToString(a.getEAttributeType(), v);
            }
            if (text != null) {
                out.put(prefix + a.getName(), text);
            }
        }
        for (EReference r : o.eClass().getEAllReferences()) {
            Object v = o.eGet(r);
            if (r.isContainment()) {
                if (r.isMany()) {
                    List<?> list = (List<?>) v;
                    for (int i = 0; i < list.size(); i++) {
                        flatten((EObject) list.get(i), prefix + r.getName() + '[' + i + "].", out); //$NON-NLS-1$
                    }
                } else if (v != null) {
                    flatten((EObject) v, prefix + r.getName() + '.', out);
                }
            } else if (r.isMany()) {
                List<?> list = (List<?>) v;
                if (!list.isEmpty()) {
                    out.put(prefix + r.getName(), String.join(", ", list.stream().map(Flattener::ref).toList())); //$NON-NLS-1$
                }
            } else if (v != null) {
                out.put(prefix + r.getName(), ref(v));
            }
        }
    }

    private static String ref(Object target) {
        return target instanceof Entity e ? "#" + e.getId() : String.valueOf(target); //$NON-NLS-1$
    }
}
