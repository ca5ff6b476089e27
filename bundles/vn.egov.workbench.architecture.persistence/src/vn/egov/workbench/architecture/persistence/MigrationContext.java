package vn.egov.workbench.architecture.persistence;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;
import org.eclipse.emf.ecore.xml.type.AnyType;

import vn.egov.workbench.architecture.model.Architecture;

/** What a migration works on: the loaded model and the content of the file the metamodel did not know. */
public final class MigrationContext {

    private final Architecture model;
    private final Map<EObject, AnyType> unknown;
    private final int fileVersion;

    public MigrationContext(Architecture model, Map<EObject, AnyType> unknown, int fileVersion) {
        this.model = model;
        this.unknown = unknown;
        this.fileVersion = fileVersion;
    }

    public Architecture model() {
        return model;
    }

    /** The format version of the file as it was written. */
    public int fileVersion() {
        return fileVersion;
    }

    /**
     * Every object that had unknown attributes or child elements, with them (attributes in
     * {@link AnyType#getAnyAttribute()}, elements in {@link AnyType#getMixed()}). The map is live: remove
     * what has been migrated.
     */
    public Map<EObject, AnyType> unknownFeatures() {
        return unknown;
    }

    /**
     * Removes the unknown attribute {@code name} of {@code object} and returns its value, or null when the
     * object had no such attribute.
     */
    public String takeUnknownAttribute(EObject object, String name) {
        AnyType any = unknown.get(object);
        if (any == null) {
            return null;
        }
        FeatureMap attributes = any.getAnyAttribute();
        for (int i = 0; i < attributes.size(); i++) {
            if (name.equals(attributes.getEStructuralFeature(i).getName())) {
                Object value = attributes.getValue(i);
                attributes.remove(i);
                if (attributes.isEmpty() && any.getMixed().isEmpty()) {
                    unknown.remove(object);
                }
                return value == null ? null : value.toString();
            }
        }
        return null;
    }
}
