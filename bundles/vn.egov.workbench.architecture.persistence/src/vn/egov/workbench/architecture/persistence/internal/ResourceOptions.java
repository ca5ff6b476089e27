package vn.egov.workbench.architecture.persistence.internal;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.ecore.xmi.XMLResource;

/** The load and save options of .egov files: safe first, then fast. */
public final class ResourceOptions {

    /** Parsers are expensive to create; the pool hands out one per thread and configuration. */
    private static final ReleasingParserPool PARSER_POOL = new ReleasingParserPool();

    private ResourceOptions() {
    }

    /**
     * SAX features that make the parser refuse DOCTYPE declarations altogether (so no entity, external or
     * internal, can be declared: no XXE, no "billion laughs") and never fetch anything.
     */
    public static Map<String, Boolean> secureParserFeatures() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE); //$NON-NLS-1$
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE); //$NON-NLS-1$
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        return features;
    }

    public static Map<Object, Object> load(int currentVersion) {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, secureParserFeatures());
        options.put(XMLResource.OPTION_USE_PARSER_POOL, PARSER_POOL);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        // attach the tree to the resource once ids are read, so the ID map is filled once and right
        options.put(XMLResource.OPTION_DEFER_ATTACHMENT, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        options.put(EgovLoadHandler.OPTION_CURRENT_VERSION, currentVersion);
        return options;
    }

    /** Load options for one load: the name-to-feature cache is per load, so loads on threads don't share it. */
    public static Map<Object, Object> loadOnce(int currentVersion) {
        Map<Object, Object> options = load(currentVersion);
        options.put(XMLResource.OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
        return options;
    }

    public static Map<Object, Object> save() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
        options.put(XMLResource.OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
        options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
        // write out every MB of text instead of holding the whole document in memory
        options.put(XMLResource.OPTION_FLUSH_THRESHOLD, Integer.valueOf(1 << 20));
        options.put(XMLResource.OPTION_LINE_WIDTH, Integer.valueOf(Integer.MAX_VALUE));
        return options;
    }

    /** Save options for one save, with a lookup cache that must not be shared between threads. */
    public static Map<Object, Object> saveOnce() {
        Map<Object, Object> options = save();
        options.put(XMLResource.OPTION_USE_CACHED_LOOKUP_TABLE, new java.util.ArrayList<Object>());
        return options;
    }
}
