package vn.egov.workbench.architecture.model.rules;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EPackage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * Which element kinds each relationship type may connect, read from a rules file such as the bundle's
 * {@code rules/relationships.xml} (the format is described in that file).
 * <p>
 * A rule (type, source kind, target kind) allows a relationship of that type or any subtype from an element of the
 * source kind or any subkind to an element of the target kind or any subkind. So kinds that other EPackages derive
 * from a base kind inherit its rules, and a rule for {@code Element} covers every kind.
 * <p>
 * Instances are immutable and thread-safe.
 */
public final class RelationshipRules {

    /** Where the default rules lie, relative to the root of the model bundle. */
    public static final String DEFAULT_RULES = "rules/relationships.xml";

    /** One allowed combination. */
    public record Rule(EClass relationshipType, EClass sourceKind, EClass targetKind) {
        public Rule {
            Objects.requireNonNull(relationshipType, "relationshipType");
            Objects.requireNonNull(sourceKind, "sourceKind");
            Objects.requireNonNull(targetKind, "targetKind");
        }

        /** Whether this rule allows a relationship of the given type between elements of the given kinds. */
        public boolean allows(EClass relType, EClass source, EClass target) {
            return relationshipType.isSuperTypeOf(relType) && sourceKind.isSuperTypeOf(source)
                    && targetKind.isSuperTypeOf(target);
        }
    }

    private static final RelationshipRules EMPTY = new RelationshipRules(List.of());

    private static volatile RelationshipRules defaultRules;

    private final List<Rule> rules;

    /** Answers of {@link #isAllowed(EClass, EClass, EClass)}: a model has few kind combinations, and many relationships. */
    private final java.util.concurrent.ConcurrentHashMap<Kinds, Boolean> answers = new java.util.concurrent.ConcurrentHashMap<>();

    private record Kinds(EClass relType, EClass source, EClass target) {
    }

    private RelationshipRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Rules that allow nothing. */
    public static RelationshipRules empty() {
        return EMPTY;
    }

    /** Rules made of the given rules. */
    public static RelationshipRules of(Collection<Rule> rules) {
        return new RelationshipRules(new ArrayList<>(new LinkedHashSet<>(rules)));
    }

    /**
     * The rules of the model bundle's {@value #DEFAULT_RULES}, read once through this class's class loader (which
     * sees the bundle root in OSGi, and a folder or jar put on a plain class path).
     *
     * @throws IllegalStateException if the file is missing or wrong
     */
    public static RelationshipRules getDefault() {
        RelationshipRules result = defaultRules;
        if (result == null) {
            synchronized (RelationshipRules.class) {
                result = defaultRules;
                if (result == null) {
                    ArchitecturePackage.eINSTANCE.eClass(); // registers the package
                    URL url = RelationshipRules.class.getClassLoader().getResource(DEFAULT_RULES);
                    if (url == null) {
                        throw new IllegalStateException(DEFAULT_RULES + " not found by " + RelationshipRules.class);
                    }
                    try (InputStream in = url.openStream()) {
                        result = read(in, EPackage.Registry.INSTANCE);
                    } catch (IOException e) {
                        throw new IllegalStateException("Cannot read " + url + ": " + e.getMessage(), e);
                    }
                    defaultRules = result;
                }
            }
        }
        return result;
    }

    /**
     * Reads a rules file.
     *
     * @param in       the file's contents; not closed
     * @param registry where the packages that the file names are looked up by nsURI
     * @throws IOException if the file cannot be read, is not a rules file, has a DOCTYPE, or names unknown kinds
     */
    public static RelationshipRules read(InputStream in, EPackage.Registry registry) throws IOException {
        Document document = parse(in);
        Element root = document.getDocumentElement();
        if (!"relationships".equals(root.getLocalName())) {
            throw new IOException("Not a relationship rules file: the root element is <" + root.getTagName() + ">");
        }
        String nsURI = root.getAttribute("package");
        EPackage defaultPackage = nsURI.isEmpty() ? ArchitecturePackage.eINSTANCE : registry.getEPackage(nsURI);
        if (defaultPackage == null) {
            throw new IOException("Unknown package " + nsURI);
        }
        List<Rule> rules = new ArrayList<>();
        for (Element relationship : children(root, "relationship")) {
            EClass type = resolve(relationship, relationship.getAttribute("type"), defaultPackage, registry);
            if (!ArchitecturePackage.Literals.RELATIONSHIP.isSuperTypeOf(type)) {
                throw new IOException(type.getName() + " is not a relationship type");
            }
            for (Element source : children(relationship, "source")) {
                EClass sourceKind = resolveElementKind(source, source.getAttribute("kind"), defaultPackage, registry);
                String targets = source.getAttribute("targets").trim();
                if (targets.isEmpty()) {
                    throw new IOException(type.getName() + " from " + sourceKind.getName() + " names no targets");
                }
                for (String target : targets.split("\\s+")) {
                    rules.add(new Rule(type, sourceKind, resolveElementKind(source, target, defaultPackage, registry)));
                }
            }
        }
        return of(rules);
    }

    /** These rules and the other's. */
    public RelationshipRules union(RelationshipRules other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return of(all);
    }

    /** All rules, in the order they were read. */
    public List<Rule> getRules() {
        return rules;
    }

    /**
     * Whether a relationship of type {@code relType} may go from an element of kind {@code source} to one of kind
     * {@code target}. False if any argument is null.
     */
    public boolean isAllowed(EClass relType, EClass source, EClass target) {
        if (relType == null || source == null || target == null) {
            return false;
        }
        Kinds kinds = new Kinds(relType, source, target);
        Boolean known = answers.get(kinds);
        if (known == null) {
            known = scan(relType, source, target);
            if (answers.size() < 10_000) { // bounded: classes from many dynamic packages must not grow it forever
                answers.put(kinds, known);
            }
        }
        return known;
    }

    private boolean scan(EClass relType, EClass source, EClass target) {
        for (Rule rule : rules) {
            if (rule.allows(relType, source, target)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the relationship connects kinds its type may connect. False while its source or target is unset. */
    public boolean isAllowed(Relationship relationship) {
        return relationship.getSource() != null && relationship.getTarget() != null
                && isAllowed(relationship.eClass(), relationship.getSource().eClass(),
                        relationship.getTarget().eClass());
    }

    /** The relationship types named by the rules, in the order they were read. */
    public Set<EClass> getRelationshipTypes() {
        Set<EClass> types = new LinkedHashSet<>();
        for (Rule rule : rules) {
            types.add(rule.relationshipType());
        }
        return types;
    }

    /** Of the concrete types the rules name, those allowed from {@code source} to {@code target} (e.g. for a palette). */
    public List<EClass> allowedRelationshipTypes(EClass source, EClass target) {
        return allowedRelationshipTypes(source, target, getRelationshipTypes());
    }

    /** Of the given concrete relationship types, those allowed from {@code source} to {@code target}. */
    public List<EClass> allowedRelationshipTypes(EClass source, EClass target, Collection<EClass> candidates) {
        List<EClass> result = new ArrayList<>();
        for (EClass type : candidates) {
            if (!type.isAbstract() && isAllowed(type, source, target)) {
                result.add(type);
            }
        }
        return result;
    }

    /** Of the given element kinds, those that a relationship of type {@code relType} from {@code source} may reach. */
    public List<EClass> allowedTargets(EClass relType, EClass source, Collection<EClass> candidates) {
        List<EClass> result = new ArrayList<>();
        for (EClass target : candidates) {
            if (isAllowed(relType, source, target)) {
                result.add(target);
            }
        }
        return result;
    }

    @Override
    public String toString() {
        return "RelationshipRules[" + rules.size() + " rules]";
    }

    // ------------------------------------------------------------------------------------------------ parsing

    private static Document parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() { // throw errors instead of printing them
                @Override
                public void warning(SAXParseException exception) {
                }

                @Override
                public void error(SAXParseException exception) throws SAXException {
                    throw exception;
                }

                @Override
                public void fatalError(SAXParseException exception) throws SAXException {
                    throw exception;
                }
            });
            return builder.parse(in);
        } catch (ParserConfigurationException e) {
            throw new IOException("No suitable XML parser: " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new IOException("Bad relationship rules file: " + e.getMessage(), e);
        }
    }

    private static List<Element> children(Element parent, String name) throws IOException {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                if (!name.equals(element.getLocalName())) {
                    throw new IOException("Unexpected <" + element.getTagName() + "> in <" + parent.getTagName() + ">");
                }
                result.add(element);
            }
        }
        return result;
    }

    private static EClass resolveElementKind(Element context, String name, EPackage defaultPackage,
            EPackage.Registry registry) throws IOException {
        EClass kind = resolve(context, name, defaultPackage, registry);
        if (!ArchitecturePackage.Literals.ELEMENT.isSuperTypeOf(kind)) {
            throw new IOException(kind.getName() + " is not an element kind");
        }
        return kind;
    }

    private static EClass resolve(Element context, String name, EPackage defaultPackage, EPackage.Registry registry)
            throws IOException {
        if (name == null || name.isBlank()) {
            throw new IOException("Missing kind name in <" + context.getTagName() + ">");
        }
        EPackage ePackage = defaultPackage;
        String localName = name;
        int colon = name.indexOf(':');
        if (colon >= 0) {
            String prefix = name.substring(0, colon);
            String nsURI = context.lookupNamespaceURI(prefix);
            if (nsURI == null) {
                throw new IOException("Undeclared prefix " + prefix + " in " + name);
            }
            ePackage = registry.getEPackage(nsURI);
            if (ePackage == null) {
                throw new IOException("Unknown package " + nsURI + " for " + name);
            }
            localName = name.substring(colon + 1);
        }
        EClassifier classifier = ePackage.getEClassifier(localName);
        if (!(classifier instanceof EClass eClass)) {
            throw new IOException("Unknown kind " + name + " in package " + ePackage.getNsURI());
        }
        return eClass;
    }
}
