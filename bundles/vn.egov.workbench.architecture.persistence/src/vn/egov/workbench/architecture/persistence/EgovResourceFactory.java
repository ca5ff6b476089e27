package vn.egov.workbench.architecture.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

import vn.egov.workbench.architecture.model.ArchitecturePackage;

/**
 * Creates {@link EgovResource}s. Registered for the {@code egov} extension in plugin.xml; outside OSGi,
 * register it in a resource set yourself or use {@link ModelFiles}.
 */
public class EgovResourceFactory extends ResourceFactoryImpl {

    static {
        // outside OSGi nothing else registers the package in the global registry
        ArchitecturePackage.eINSTANCE.eClass();
    }

    @Override
    public Resource createResource(URI uri) {
        return new EgovResource(uri);
    }
}
