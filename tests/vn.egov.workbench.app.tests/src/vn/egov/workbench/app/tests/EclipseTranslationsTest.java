package vn.egov.workbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The Eclipse parts the workbench shows (JFace dialog buttons, the Properties and Outline views) speak Vietnamese
 * through the language fragments vn.egov.workbench.nl.vi.*, and the fragments translate every key of the Eclipse
 * version we ship (a newer Eclipse with new keys fails here instead of showing English in a Vietnamese window).
 */
class EclipseTranslationsTest {

    private static final String PROPERTIES_MESSAGES = "org/eclipse/ui/internal/views/properties/messages"; //$NON-NLS-1$
    private static final String OUTLINE_MESSAGES = "org/eclipse/ui/internal/views/contentoutline/messages"; //$NON-NLS-1$

    private static final String JFACE_MESSAGES = "org/eclipse/jface/messages"; //$NON-NLS-1$

    private final Bundle views = Platform.getBundle("org.eclipse.ui.views"); //$NON-NLS-1$
    private final Bundle jface = Platform.getBundle("org.eclipse.jface"); //$NON-NLS-1$

    @Test
    void theFragmentsTranslateEveryKeyOfTheirHosts() throws IOException {
        assertNotNull(views);
        assertNotNull(jface);
        for (String base : new String[] { "plugin", PROPERTIES_MESSAGES, OUTLINE_MESSAGES }) { //$NON-NLS-1$
            assertSameKeys(views, base);
        }
        assertSameKeys(jface, "plugin"); //$NON-NLS-1$
        assertSameKeys(jface, JFACE_MESSAGES);
    }

    @Test
    void dialogButtonsAreVietnamese() {
        ClassLoader loader = org.eclipse.jface.resource.JFaceResources.class.getClassLoader();
        ResourceBundle vi = ResourceBundle.getBundle(JFACE_MESSAGES.replace('/', '.'), Locale.of("vi"), loader); //$NON-NLS-1$
        assertEquals("Hủy", vi.getString("cancel")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("&Có", vi.getString("yes")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Khôi phục &mặc định", vi.getString("defaults")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void assertSameKeys(Bundle host, String base) throws IOException {
        Properties en = load(host.getEntry(base + ".properties")); //$NON-NLS-1$
        Properties vi = load(fromFragment(host, base + "_vi.properties")); //$NON-NLS-1$
        assertEquals(en.stringPropertyNames(), vi.stringPropertyNames(), host.getSymbolicName() + " " + base); //$NON-NLS-1$
    }

    @Test
    void theHostFindsTheVietnameseTexts() throws Exception {
        ClassLoader loader = views.loadClass("org.eclipse.ui.views.properties.PropertySheet").getClassLoader(); //$NON-NLS-1$
        ResourceBundle vi = ResourceBundle.getBundle(PROPERTIES_MESSAGES.replace('/', '.'), Locale.of("vi"), loader); //$NON-NLS-1$
        assertEquals("Giá trị", vi.getString("PropertyViewer_value")); //$NON-NLS-1$ //$NON-NLS-2$
        assertEquals("Thuộc tính", vi.getString("PropertyViewer_property")); //$NON-NLS-1$ //$NON-NLS-2$
        Properties plugin = load(fromFragment(views, "plugin_vi.properties")); //$NON-NLS-1$
        assertEquals("Thuộc tính", plugin.getProperty("Views.PropertySheet"), "the view's title"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static URL fromFragment(Bundle host, String path) {
        int slash = path.lastIndexOf('/');
        Enumeration<URL> found = host.findEntries(slash < 0 ? "/" : path.substring(0, slash), //$NON-NLS-1$
                path.substring(slash + 1), false);
        assertNotNull(found, "no " + path + " in " + host.getSymbolicName() + " or its fragments"); //$NON-NLS-1$ //$NON-NLS-2$
        return found.nextElement();
    }

    private static Properties load(URL url) throws IOException {
        assertNotNull(url);
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(in);
        }
        return p;
    }
}
