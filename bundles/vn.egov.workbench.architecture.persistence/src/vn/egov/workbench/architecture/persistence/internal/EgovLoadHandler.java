package vn.egov.workbench.architecture.persistence.internal;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.SAXXMLHandler;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;

import vn.egov.workbench.architecture.model.ArchitectureObject;
import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * EMF's SAX handler, plus a check of the root element before anything is built from the file: the right
 * element in the right namespace, and a format version this workbench can read. Unknown attributes and
 * elements are kept for the migrations only when the file is older than the current version; in a
 * current file they are errors.
 */
public class EgovLoadHandler extends SAXXMLHandler {

    /** Load option: the newest format version the loader reads (an Integer). */
    public static final String OPTION_CURRENT_VERSION = "vn.egov.workbench.persistence.currentVersion"; //$NON-NLS-1$

    private static final String ROOT = "Architecture"; //$NON-NLS-1$
    private static final String VERSION_ATTRIBUTE = "formatVersion"; //$NON-NLS-1$

    private final int currentVersion;
    private boolean rootChecked;

    public EgovLoadHandler(XMLResource xmiResource, XMLHelper helper, Map<?, ?> options) {
        super(xmiResource, helper, options);
        Object version = options.get(OPTION_CURRENT_VERSION);
        currentVersion = version instanceof Integer v ? v : Integer.MAX_VALUE;
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
        if (!rootChecked) {
            rootChecked = true;
            checkRoot(uri, name, attributes);
        }
        super.startElement(uri, localName, name, attributes);
    }

    @Override
    protected void handleObjectAttribs(EObject object) {
        super.handleObjectAttribs(object);
        // objects are created without a UUID while a file loads; one the file gives no id gets a new one
        if (object instanceof ArchitectureObject o && o.getId() == null) {
            o.setId(EcoreUtil.generateUUID());
        }
    }

    private void checkRoot(String uri, String name, Attributes attributes) throws SAXException {
        String local = name.substring(name.indexOf(':') + 1);
        // EMF's parsers are namespace aware: the root's namespace comes as the uri, "" when it has none
        String namespace = uri == null || uri.isEmpty() ? null : uri;
        String expectedQName = ArchitecturePackage.eINSTANCE.getNsPrefix() + ':' + ROOT;
        if (namespace != null && !ArchitecturePackage.eNS_URI.equals(namespace)) {
            throw fail(NLS.bind(Messages.Cause_unknownNamespace, namespace, ArchitecturePackage.eNS_URI));
        }
        if (namespace == null || !ROOT.equals(local)) {
            throw fail(NLS.bind(Messages.Cause_wrongRoot, name, expectedQName));
        }
        String text = attributes.getValue(VERSION_ATTRIBUTE);
        int version;
        try {
            version = text == null ? 0 : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw fail(NLS.bind(Messages.Cause_badVersion, text));
        }
        if (version < 0) {
            throw fail(NLS.bind(Messages.Cause_badVersion, text));
        }
        if (version > currentVersion) {
            throw fail(NLS.bind(Messages.Cause_newerVersion, version, currentVersion));
        }
        if (version < currentVersion) {
            // older files may hold what the metamodel no longer has: keep it for the migrations. EMF needs
            // extended metadata to record it (on demand features), in a registry of its own.
            recordUnknownFeature = true;
            extendedMetaData = new BasicExtendedMetaData(new EPackageRegistryImpl(EPackage.Registry.INSTANCE));
            helper.setExtendedMetaData(extendedMetaData);
        }
    }

    private SAXException fail(String reason) {
        int line = locator == null ? -1 : locator.getLineNumber();
        int column = locator == null ? -1 : locator.getColumnNumber();
        return new SAXException(new FormatException(reason, getLocation(), line, column));
    }
}
