package vn.egov.workbench.emf.ui;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;

/**
 * Turns the image objects of EMF item providers (URLs, EMF URIs, composed images) into SWT images
 * owned by a {@link ResourceManager}, so that they are created once and disposed with their viewer.
 * A composed image (an icon with overlays) is shown as its base icon.
 */
public final class ItemImages {

    private ItemImages() {
    }

    public static ImageDescriptor descriptor(Object image) {
        if (image instanceof ImageDescriptor d) {
            return d;
        }
        if (image instanceof URL url) {
            return ImageDescriptor.createFromURL(url);
        }
        if (image instanceof URI uri) {
            try {
                return ImageDescriptor.createFromURL(new URL(uri.toString()));
            } catch (java.net.MalformedURLException e) {
                return null;
            }
        }
        if (image instanceof ComposedImage composed) {
            List<Object> images = composed.getImages();
            return images.isEmpty() ? null : descriptor(images.get(0));
        }
        return null;
    }

    /** The SWT image for an item provider's image object, or null when it has none. */
    public static Image image(ResourceManager resources, Object image) {
        ImageDescriptor d = descriptor(image);
        return d == null ? null : resources.create(d);
    }
}
