package vn.egov.workbench.app.internal;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.graphics.Image;

import vn.egov.workbench.app.WorkbenchIds;

/** The bundle's images, created once and shared through JFace's image registry. */
final class Images {

    static final String PRODUCT_16 = "icons/egov16.png"; //$NON-NLS-1$
    static final String PRODUCT_64 = "icons/egov64.png"; //$NON-NLS-1$
    static final String ARCHITECTURE = "icons/architecture16.png"; //$NON-NLS-1$
    static final String INSPECTION = "icons/inspection16.png"; //$NON-NLS-1$

    private Images() {
    }

    static Image get(String path) {
        ImageRegistry registry = JFaceResources.getImageRegistry();
        String key = WorkbenchIds.BUNDLE_ID + '/' + path;
        Image image = registry.get(key);
        if (image == null) {
            registry.put(key, ImageDescriptor.createFromURL(
                    Images.class.getClassLoader().getResource(path)));
            image = registry.get(key);
        }
        return image;
    }
}
