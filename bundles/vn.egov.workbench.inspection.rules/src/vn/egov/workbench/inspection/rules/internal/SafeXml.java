package vn.egov.workbench.inspection.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.egov.workbench.inspection.rules.RuleViolation;

/**
 * DOM parsing of rule data with DOCTYPE refused outright: plug-ins contribute these files, and a
 * DOCTYPE is the door to external entities (XXE) and entity expansion bombs. Helpers read
 * attributes strictly so that a typo in a data file names the file, element and attribute.
 */
public final class SafeXml {

    private SafeXml() {
    }

    /** Parses a whole document and checks the root element's name. */
    public static Element parse(InputStream in, String source, String expectedRoot) {
        Element root;
        try {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            builder.setErrorHandler(STRICT);
            root = builder.parse(new InputSource(in)).getDocumentElement();
        } catch (SAXParseException e) {
            String text = String.valueOf(e.getMessage());
            if (text.contains("DOCTYPE")) {
                throw RuleViolation.causedBy(e, "xml.doctype", source);
            }
            throw RuleViolation.causedBy(e, "xml.malformed", source, e.getLineNumber() + ": " + text);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw RuleViolation.causedBy(e, "xml.malformed", source, String.valueOf(e.getMessage()));
        }
        if (!root.getTagName().equals(expectedRoot)) {
            throw new RuleViolation("xml.badRoot", source, root.getTagName(), expectedRoot);
        }
        return root;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        // the JDK's own parser: in OSGi newInstance() could pick up whatever another bundle provides
        DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        f.setIgnoringComments(true);
        return f;
    }

    // the default handler prints "[Fatal Error]" to stderr; we report through RuleViolation instead
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings do not make the data wrong
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    public static Optional<Element> child(Element parent, String name) {
        return children(parent).stream().filter(e -> e.getTagName().equals(name)).findFirst();
    }

    public static Element requiredChild(Element parent, String name, String source) {
        return child(parent, name).orElseThrow(
                () -> new RuleViolation("xml.missingElement", source, parent.getTagName(), name));
    }

    public static RuleViolation unexpected(Element e, String source) {
        return new RuleViolation("xml.unexpectedElement", source, e.getTagName(),
                ((Element) e.getParentNode()).getTagName());
    }

    /** Element text with runs of white space (line breaks in the file) collapsed to one space. */
    public static String text(Element e, String source) {
        String text = e.getTextContent().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            throw new RuleViolation("xml.emptyText", source, e.getTagName());
        }
        return text;
    }

    public static Optional<String> optional(Element e, String name) {
        String value = e.getAttribute(name).strip();
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    public static String required(Element e, String name, String source) {
        return optional(e, name).orElseThrow(
                () -> new RuleViolation("xml.missingAttribute", source, e.getTagName(), name));
    }

    public static LocalDate date(Element e, String name, String source) {
        return parseDate(e, name, required(e, name, source), source);
    }

    public static Optional<LocalDate> optionalDate(Element e, String name, String source) {
        return optional(e, name).map(v -> parseDate(e, name, v, source));
    }

    private static LocalDate parseDate(Element e, String name, String value, String source) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException ex) {
            throw bad(e, name, value, source);
        }
    }

    /** A whole number at least {@code min}; money in VND uses this with min 0. */
    public static long number(Element e, String name, long min, String source) {
        String value = required(e, name, source);
        try {
            long n = Long.parseLong(value);
            if (n >= min) {
                return n;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw bad(e, name, value, source);
    }

    public static int integer(Element e, String name, int min, int max, String source) {
        long n = number(e, name, min, source);
        if (n > max) {
            throw bad(e, name, Long.toString(n), source);
        }
        return (int) n;
    }

    public static boolean bool(Element e, String name, boolean dflt, String source) {
        Optional<String> value = optional(e, name);
        if (value.isEmpty()) {
            return dflt;
        }
        return switch (value.get()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw bad(e, name, value.get(), source);
        };
    }

    public static RuleViolation bad(Element e, String name, String value, String source) {
        return new RuleViolation("xml.badValue", source, e.getTagName(), name, value);
    }
}
