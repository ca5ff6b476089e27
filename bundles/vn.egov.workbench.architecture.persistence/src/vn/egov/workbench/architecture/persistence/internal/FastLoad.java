package vn.egov.workbench.architecture.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * The fast way to read a well-formed {@code .egov} file of the current format version: one SAX pass that creates
 * the objects straight from the metamodel (no per-attribute helper lookups, no reference records per IDREF, no
 * second ID map), then resolves the IDREFs in one pass over a list and attaches the tree to the resource once.
 * <p>
 * It reads only what the writer produces: elements for containment references, attributes for single-valued
 * attributes and IDREFs within the file, {@code xsi:type} in a registered package. Anything else (an older format
 * version, an unknown name, an element with text, a cross-file reference, a bad value, a dangling or duplicate id,
 * any XML error) makes it {@linkplain Declined decline}; the caller then loads the file again through EMF's
 * handler, which migrates older files and reports problems with line and cause, exactly as before.
 */
public final class FastLoad {

    /** The fast path does not read this file; nothing was added to the resource. */
    public static final class Declined extends IOException {
        private static final long serialVersionUID = 1L;

        Declined(String why) {
            super(why, null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // control flow, not an error: no stack trace to build
        }
    }

    /** Load option (Boolean): read with this class; see {@code EgovResource.doLoad}. */
    public static final String OPTION_FAST = "vn.egov.workbench.persistence.fastLoad"; //$NON-NLS-1$

    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance"; //$NON-NLS-1$
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/"; //$NON-NLS-1$
    private static final String VERSION_ATTRIBUTE = "formatVersion"; //$NON-NLS-1$

    private static final SAXParserFactory FACTORY = factory();

    private FastLoad() {
    }

    private static SAXParserFactory factory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        try {
            for (Map.Entry<String, Boolean> feature : ResourceOptions.secureParserFeatures().entrySet()) {
                factory.setFeature(feature.getKey(), feature.getValue());
            }
        } catch (ParserConfigurationException | SAXException e) {
            return null; // this parser cannot be made safe: always take EMF's path, which fails loudly
        }
        return factory;
    }

    /**
     * Reads the model and returns its root, not yet in a resource, and fills {@code ids} (id to object, every
     * object with an id). The stream is not closed.
     *
     * @throws Declined when the file needs EMF's loader (see the class comment)
     */
    public static EObject read(InputStream in, int currentVersion, Map<String, EObject> ids) throws Declined {
        if (FACTORY == null) {
            throw new Declined("no secure parser"); //$NON-NLS-1$
        }
        Handler handler = new Handler(currentVersion, ids);
        try {
            SAXParser parser;
            synchronized (FACTORY) {
                parser = FACTORY.newSAXParser();
            }
            parser.parse(in, handler);
            handler.resolve();
        } catch (Declined e) {
            throw e;
        } catch (SAXException e) {
            throw e.getException() instanceof Declined d ? d : new Declined(String.valueOf(e.getMessage()));
        } catch (IOException | ParserConfigurationException | RuntimeException e) {
            throw new Declined(String.valueOf(e));
        }
        if (handler.root == null) {
            throw new Declined("no root"); //$NON-NLS-1$
        }
        return handler.root;
    }

    /** A reference read before its target exists: resolved after the document. */
    private record Pending(EObject owner, EReference reference, String value) {
    }

    private static final class Handler extends DefaultHandler {
        private final int currentVersion;
        private final Map<String, EObject> ids;
        private final Map<String, String> prefixes = new HashMap<>();
        private final Map<String, EClass> types = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private EObject textOwner;
        private EAttribute textAttribute;
        private EObject[] stack = new EObject[32];
        private int depth;
        EObject root;

        Handler(int currentVersion, Map<String, EObject> ids) {
            this.currentVersion = currentVersion;
            this.ids = ids;
        }

        private static SAXException decline(String why) {
            return new SAXException(new Declined(why));
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            String old = prefixes.put(prefix, uri);
            if (old != null && !old.equals(uri)) {
                throw decline("prefix redeclared"); //$NON-NLS-1$
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            EObject object;
            if (depth == 0) {
                if (root != null || !ArchitecturePackage.eNS_URI.equals(uri) || !"Architecture".equals(localName) //$NON-NLS-1$
                        || !Integer.toString(currentVersion).equals(attributes.getValue(VERSION_ATTRIBUTE))
                        || attributes.getIndex(XSI, "type") >= 0) { //$NON-NLS-1$
                    throw decline("root"); //$NON-NLS-1$
                }
                object = EcoreUtil.create(ArchitecturePackage.Literals.ARCHITECTURE);
                root = object;
            } else {
                EObject parent = stack[depth - 1];
                if (parent == null || !uri.isEmpty()) {
                    throw decline("element " + qName); //$NON-NLS-1$
                }
                EStructuralFeature feature = parent.eClass().getEStructuralFeature(localName);
                if (feature instanceof EAttribute attribute && attribute.isMany() && !attribute.isTransient()
                        && attribute.isChangeable() && attributes.getLength() == 0) {
                    // a value of a many-valued attribute: <disabledRules>arch.x</disabledRules>
                    textOwner = parent;
                    textAttribute = attribute;
                    text.setLength(0);
                    push(null);
                    return;
                }
                if (!(feature instanceof EReference reference) || !reference.isContainment() || reference.isTransient()
                        || !reference.isChangeable()) {
                    throw decline("element " + qName); //$NON-NLS-1$
                }
                String type = attributes.getValue(XSI, "type"); //$NON-NLS-1$
                EClass eClass = type == null ? reference.getEReferenceType() : type(type);
                if (eClass.isAbstract() || !reference.getEReferenceType().isSuperTypeOf(eClass)) {
                    throw decline("type " + type); //$NON-NLS-1$
                }
                object = EcoreUtil.create(eClass);
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    InternalEList<EObject> list = (InternalEList<EObject>) parent.eGet(reference);
                    list.addUnique(object);
                } else {
                    if (parent.eIsSet(reference)) {
                        throw decline("second " + qName); //$NON-NLS-1$
                    }
                    parent.eSet(reference, object);
                }
            }
            attributes(object, attributes);
            push(object);
        }

        private void push(EObject object) {
            if (depth == stack.length) {
                stack = java.util.Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = object;
        }

        private EClass type(String qualified) throws SAXException {
            EClass known = types.get(qualified);
            if (known != null) {
                return known;
            }
            int colon = qualified.indexOf(':');
            String prefix = colon < 0 ? "" : qualified.substring(0, colon); //$NON-NLS-1$
            String namespace = prefixes.get(prefix);
            EPackage ePackage = namespace == null ? null : EPackage.Registry.INSTANCE.getEPackage(namespace);
            EClassifier classifier = ePackage == null ? null : ePackage.getEClassifier(qualified.substring(colon + 1));
            if (!(classifier instanceof EClass eClass)) {
                throw decline("type " + qualified); //$NON-NLS-1$
            }
            types.put(qualified, eClass);
            return eClass;
        }

        private void attributes(EObject object, Attributes attributes) throws SAXException {
            EClass eClass = object.eClass();
            for (int i = 0, n = attributes.getLength(); i < n; i++) {
                String namespace = attributes.getURI(i);
                if (!namespace.isEmpty()) {
                    if ((XSI.equals(namespace) && "type".equals(attributes.getLocalName(i))) //$NON-NLS-1$
                            || XMLNS.equals(namespace)) {
                        continue;
                    }
                    throw decline("attribute " + attributes.getQName(i)); //$NON-NLS-1$
                }
                String name = attributes.getLocalName(i);
                if (name.startsWith("xmlns")) { //$NON-NLS-1$
                    continue;
                }
                EStructuralFeature feature = eClass.getEStructuralFeature(name);
                String value = attributes.getValue(i);
                if (feature instanceof EAttribute attribute && !attribute.isMany() && !attribute.isTransient()
                        && attribute.isChangeable()) {
                    EDataType type = attribute.getEAttributeType();
                    Object converted = type == EcorePackage.Literals.ESTRING ? value
                            : EcoreUtil.createFromString(type, value);
                    object.eSet(attribute, converted);
                    if (attribute.isID() && ids.putIfAbsent(value, object) != null) {
                        throw decline("duplicate id " + value); //$NON-NLS-1$
                    }
                } else if (feature instanceof EReference reference && !reference.isContainment()
                        && !reference.isContainer() && !reference.isTransient() && reference.isChangeable()) {
                    EObject target = reference.isMany() ? null : ids.get(value);
                    if (target != null) {
                        // a reference back to an object already read (relationships follow their elements)
                        if (!set(object, reference, target)) {
                            throw decline("reference " + name); //$NON-NLS-1$
                        }
                    } else {
                        pending.add(new Pending(object, reference, value));
                    }
                } else {
                    throw decline("attribute " + name); //$NON-NLS-1$
                }
            }
            if (object instanceof ArchitectureObject o && o.getId() == null) {
                // as EgovLoadHandler: an object the file gives no id gets a new one
                String id = EcoreUtil.generateUUID();
                o.setId(id);
                ids.put(id, o);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (textAttribute != null) {
                EDataType type = textAttribute.getEAttributeType();
                String value = text.toString();
                if (value.isEmpty()) {
                    throw decline("empty " + qName); // what EMF makes of it is EMF's business
                }
                @SuppressWarnings("unchecked")
                EList<Object> values = (EList<Object>) textOwner.eGet(textAttribute);
                values.add(type == EcorePackage.Literals.ESTRING ? value : EcoreUtil.createFromString(type, value));
                textAttribute = null;
                textOwner = null;
            }
            stack[--depth] = null;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (textAttribute != null) {
                text.append(ch, start, length);
                return;
            }
            for (int i = start, end = start + length; i < end; i++) {
                if (!Character.isWhitespace(ch[i])) {
                    throw decline("text"); //$NON-NLS-1$
                }
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            // indentation
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            throw decline("processing instruction"); //$NON-NLS-1$
        }

        void resolve() throws Declined {
            for (Pending p : pending) {
                EReference reference = p.reference();
                if (reference.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<EObject> list = (EList<EObject>) p.owner().eGet(reference);
                    int start = -1;
                    String value = p.value();
                    for (int i = 0, n = value.length(); i <= n; i++) {
                        boolean space = i == n || Character.isWhitespace(value.charAt(i));
                        if (!space && start < 0) {
                            start = i;
                        } else if (space && start >= 0) {
                            EObject target = target(value.substring(start, i));
                            if (!reference.getEReferenceType().isInstance(target) || list.contains(target)) {
                                throw new Declined("reference " + reference.getName()); //$NON-NLS-1$
                            }
                            ((InternalEList<EObject>) list).addUnique(target);
                            start = -1;
                        }
                    }
                } else if (!set(p.owner(), reference, target(p.value()))) {
                    throw new Declined("reference " + reference.getName()); //$NON-NLS-1$
                }
            }
        }

        /** Sets a single-valued reference; false if the target has the wrong type. */
        private static boolean set(EObject owner, EReference reference, EObject target) {
            if (!reference.getEReferenceType().isInstance(target)) {
                return false;
            }
            owner.eSet(reference, target);
            return true;
        }

        private EObject target(String id) throws Declined {
            EObject target = ids.get(id);
            if (target == null) {
                throw new Declined("unresolved " + id); //$NON-NLS-1$
            }
            return target;
        }
    }
}
