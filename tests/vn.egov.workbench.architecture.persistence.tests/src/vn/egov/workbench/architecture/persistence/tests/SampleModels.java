package vn.egov.workbench.architecture.persistence.tests;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.model.Relationship;

/** Models built reflectively from the metamodel, so a new kind is covered without touching the tests. */
final class SampleModels {

    static final ArchitectureFactory F = ArchitectureFactory.eINSTANCE;
    static final ArchitecturePackage P = ArchitecturePackage.eINSTANCE;

    private SampleModels() {
    }

    static List<EClass> concreteSubclassesOf(EClass type) {
        List<EClass> result = new ArrayList<>();
        for (EClassifier classifier : P.getEClassifiers()) {
            if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && type.isSuperTypeOf(c)) {
                result.add(c);
            }
        }
        return result;
    }

    /** Sets every changeable attribute (except the id) to a non-default value derived from {@code seed}. */
    @SuppressWarnings("unchecked")
    static void fillAttributes(EObject object, int seed) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!attribute.isChangeable() || attribute.isDerived() || attribute.isTransient()
                    || attribute == P.getArchitectureObject_Id()) {
                continue;
            }
            Object value = valueFor(attribute, seed);
            if (attribute.isMany()) {
                ((EList<Object>) object.eGet(attribute)).addAll(List.of(value, valueFor(attribute, seed + 1)));
            } else {
                object.eSet(attribute, value);
            }
        }
    }

    private static Object valueFor(EAttribute attribute, int seed) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (attribute.getEAttributeType() instanceof EEnum e) {
            return e.getELiterals().get(e.getELiterals().size() - 1 - seed % e.getELiterals().size()).getInstance();
        }
        if (type == String.class) {
            return attribute.getName() + " – Sở Thông tin và Truyền thông <&\"'> " + seed;
        }
        if (type == int.class || type == Integer.class) {
            return 2020 + seed;
        }
        if (type == long.class || type == Long.class) {
            return 39_000_000_000L + seed;
        }
        if (type == boolean.class || type == Boolean.class) {
            return Boolean.TRUE;
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2020, 12, 31).plusDays(seed);
        }
        throw new IllegalStateException("no test value for " + attribute.getEAttributeType().getName());
    }

    static Property property(String key, String value) {
        Property p = F.createProperty();
        p.setKey(key);
        p.setValue(value);
        return p;
    }

    /** One element of every kind, one relationship of every type, and a diagram showing them. */
    static Architecture everyKind() {
        Architecture model = F.createArchitecture();
        fillAttributes(model, 0);
        model.getProperties().add(property("nguồn", "Báo cáo 2020"));
        Folder elements = folder(model, FolderType.APPLICATION);
        Folder relations = folder(model, FolderType.RELATIONS);
        Folder diagrams = folder(model, FolderType.DIAGRAMS);
        Folder nested = F.createFolder();
        nested.setName("Thư mục con");
        elements.getFolders().add(nested);

        List<Element> all = new ArrayList<>();
        int seed = 1;
        for (EClass kind : concreteSubclassesOf(P.getElement())) {
            Element element = (Element) F.create(kind);
            fillAttributes(element, seed++);
            element.getProperties().add(property("k" + seed, "giá trị " + seed));
            (seed % 2 == 0 ? elements : nested).getItems().add(element);
            all.add(element);
        }
        // every reference of every element, to some element of the right type
        for (Element element : all) {
            setReferences(element, all);
        }
        List<Relationship> relationships = new ArrayList<>();
        for (EClass type : concreteSubclassesOf(P.getRelationship())) {
            Relationship relationship = (Relationship) F.create(type);
            fillAttributes(relationship, seed++);
            relationship.setSource(all.get(seed % all.size()));
            relationship.setTarget(all.get((seed * 7) % all.size()));
            relations.getItems().add(relationship);
            relationships.add(relationship);
        }
        diagrams.getItems().add(diagram(all, relationships.get(0)));
        return model;
    }

    @SuppressWarnings("unchecked")
    private static void setReferences(EObject object, List<Element> all) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || !reference.isChangeable()) {
                continue;
            }
            for (Element candidate : all) {
                if (candidate != object && reference.getEReferenceType().isInstance(candidate)) {
                    if (reference.isMany()) {
                        ((EList<Object>) object.eGet(reference)).add(candidate);
                    } else {
                        object.eSet(reference, candidate);
                    }
                    break;
                }
            }
        }
        if (object.eClass() == P.getRoadmap()) {
            var item = F.createRoadmapItem();
            fillAttributes(item, 99);
            ((vn.egov.workbench.architecture.model.Roadmap) object).getItems().add(item);
            setReferences(item, all);
        }
    }

    private static Diagram diagram(List<Element> elements, Relationship shown) {
        Diagram diagram = F.createDiagram();
        fillAttributes(diagram, 500);
        var group = F.createDiagramGroup();
        fillAttributes(group, 501);
        diagram.getChildren().add(group);
        var source = F.createDiagramNode();
        fillAttributes(source, 502);
        source.setElement(shown.getSource());
        group.getChildren().add(source);
        var target = F.createDiagramNode();
        fillAttributes(target, 503);
        target.setElement(shown.getTarget());
        diagram.getChildren().add(target);
        var connection = F.createDiagramConnection();
        fillAttributes(connection, 504);
        connection.setRelationship(shown);
        connection.setSource(source);
        connection.setTarget(target);
        var bend = F.createBendpoint();
        bend.setX(120);
        bend.setY(-40);
        connection.getBendpoints().add(bend);
        diagram.getConnections().add(connection);
        var plain = F.createDiagramConnection();
        plain.setSource(group);
        plain.setTarget(target);
        diagram.getConnections().add(plain);
        var other = F.createDiagramNode();
        other.setElement(elements.get(elements.size() - 1));
        diagram.getChildren().add(other);
        return diagram;
    }

    static Folder folder(Architecture model, FolderType type) {
        Folder folder = F.createFolder();
        folder.setFolderType(type);
        folder.setName(type.getName());
        model.getFolders().add(folder);
        return folder;
    }
}
