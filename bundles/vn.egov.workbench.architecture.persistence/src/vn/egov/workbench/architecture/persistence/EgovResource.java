package vn.egov.workbench.architecture.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;

import vn.egov.workbench.architecture.persistence.internal.EgovLoadHandler;
import vn.egov.workbench.architecture.persistence.internal.FastLoad;
import vn.egov.workbench.architecture.persistence.internal.ResourceOptions;

/**
 * The XML resource of {@code .egov} files. Objects are identified by their own {@code id} attribute (a
 * UUID given at creation), which references in the file use as IDREFs; there are no {@code xmi:id}s.
 * Its default options are safe (no DOCTYPE, no external entities) and fast (parser pool, intrinsic ID
 * map, deferred IDREF resolution and attachment). The root element is checked before anything else is
 * read: it must be an {@code arch:Architecture} whose format version this workbench can read.
 */
public class EgovResource extends XMLResourceImpl {

    public EgovResource(URI uri) {
        super(uri);
        setIntrinsicIDToEObjectMap(new HashMap<>());
        getDefaultLoadOptions().putAll(ResourceOptions.load(ModelFormat.CURRENT_VERSION));
        getDefaultSaveOptions().putAll(ResourceOptions.save());
    }

    /** Sizes the ID map for a model of about {@code objects} identified objects before a load. */
    public void expectObjects(int objects) {
        setIntrinsicIDToEObjectMap(HashMap.newHashMap(Math.max(16, objects)));
    }

    /**
     * No: the {@code id} attribute is the metamodel's ID attribute, so the intrinsic ID map already finds objects
     * by it and {@code getURIFragment} already answers it. XMLResource's own ID maps would hold every object twice
     * more (a noticeable cost when loading a large model) for nothing.
     */
    @Override
    protected boolean useIDs() {
        return false;
    }

    /**
     * With {@link FastLoad#OPTION_FAST} the file is read by {@link FastLoad}, which throws
     * {@link FastLoad.Declined} (leaving the resource empty) for a file it does not read; otherwise by EMF's loader.
     */
    @Override
    public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
        if (options != null && Boolean.TRUE.equals(options.get(FastLoad.OPTION_FAST))) {
            Object version = options.get(EgovLoadHandler.OPTION_CURRENT_VERSION);
            Map<String, EObject> ids = getIntrinsicIDToEObjectMap();
            try {
                EObject root = FastLoad.read(inputStream, version instanceof Integer v ? v : ModelFormat.CURRENT_VERSION,
                        ids);
                // the ID map already holds every object: without it, attaching the tree skips the walk over every
                // object that would only put the same entries again
                setIntrinsicIDToEObjectMap(null);
                try {
                    getContents().add(root);
                } finally {
                    setIntrinsicIDToEObjectMap(ids);
                }
            } catch (FastLoad.Declined e) {
                ids.clear();
                throw e;
            }
            return;
        }
        super.doLoad(inputStream, options);
    }

    @Override
    protected XMLLoad createXMLLoad() {
        return new XMLLoadImpl(createXMLHelper()) {
            @Override
            protected org.xml.sax.helpers.DefaultHandler makeDefaultHandler() {
                return new EgovLoadHandler(resource, helper, options);
            }
        };
    }
}
