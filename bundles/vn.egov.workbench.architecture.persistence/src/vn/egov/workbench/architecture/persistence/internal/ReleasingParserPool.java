package vn.egov.workbench.architecture.persistence.internal;

import java.util.Map;

import javax.xml.parsers.SAXParser;

import org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * EMF's parser pool, except that a parser goes back into the pool without its handler. A pooled SAX parser keeps
 * the handler of its last parse, and EMF's load handler keeps the objects it made: without this, the last model
 * loaded stayed in memory after it was closed, however large it was.
 */
final class ReleasingParserPool extends XMLParserPoolImpl {

    private static final String LEXICAL_HANDLER = "http://xml.org/sax/properties/lexical-handler"; //$NON-NLS-1$

    @Override
    public synchronized void release(SAXParser parser, Map<String, Boolean> features, Map<String, ?> properties,
            boolean useLexicalHandler) {
        try {
            XMLReader reader = parser.getXMLReader();
            reader.setContentHandler(null);
            reader.setDTDHandler(null);
            reader.setErrorHandler(null);
            reader.setEntityResolver(null);
            if (useLexicalHandler) {
                reader.setProperty(LEXICAL_HANDLER, null);
            }
        } catch (SAXException | RuntimeException e) {
            return; // a parser that cannot drop its handler is not pooled: the next load makes a new one
        }
        super.release(parser, features, properties, useLexicalHandler);
    }
}
