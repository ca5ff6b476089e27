package vn.egov.workbench.architecture.editor.internal;

import static vn.egov.workbench.architecture.model.ArchitecturePackage.Literals.*;

import java.util.Set;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * The groups of a model object's rows: the tabs of the tabbed Properties view and the categories of the plain one.
 * General says what the object is, the kind's own attributes what it has, Relationships what it refers to,
 * Lifecycle where it stands in time, Properties the free key-value pairs.
 */
public enum PropertyTab {
    GENERAL, ATTRIBUTES, RELATIONSHIPS, LIFECYCLE, PROPERTIES;

    private static final Set<EStructuralFeature> GENERAL_FEATURES = Set.of(NAMED_ELEMENT__NAME, NAMED_ELEMENT__CODE,
            NAMED_ELEMENT__DESCRIPTION, ARCHITECTURE_OBJECT__ID, ELEMENT__REFERENCE_MODEL_CODE);
    private static final Set<EStructuralFeature> LIFECYCLE_FEATURES = Set.of(ELEMENT__LIFECYCLE_STATUS, PROJECT__PHASE,
            PROJECT__START_YEAR, PROJECT__END_YEAR, ROADMAP_ITEM__PHASE, ROADMAP_ITEM__START_YEAR,
            ROADMAP_ITEM__END_YEAR);

    /** The tab of an item provider row about {@code feature}. */
    public static PropertyTab of(Object feature) {
        if (GENERAL_FEATURES.contains(feature)) {
            return GENERAL;
        }
        if (LIFECYCLE_FEATURES.contains(feature)) {
            return LIFECYCLE;
        }
        return feature instanceof EReference ? RELATIONSHIPS : ATTRIBUTES;
    }

    /** The category of the plain Properties view; {@code kind} names the object's kind. */
    public String category(String kind) {
        return switch (this) {
            case GENERAL -> Messages.Category_general;
            case ATTRIBUTES -> org.eclipse.osgi.util.NLS.bind(Messages.Category_kind, kind);
            case RELATIONSHIPS -> Messages.Category_relationships;
            case LIFECYCLE -> Messages.Category_lifecycle;
            case PROPERTIES -> Messages.Category_properties;
        };
    }
}
