package vn.egov.workbench.architecture.model.edit.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.net.URL;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.provider.ArchitectureEditPlugin;
import vn.egov.workbench.architecture.model.provider.ArchitectureItemProviderAdapterFactory;

/** Every concrete class of the metamodel has its own 16x16 PNG icon, not EMF's generated placeholder. */
class IconsTest {

    private static List<EClass> concreteClasses() {
        return ArchitecturePackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
                .map(EClass.class::cast).filter(c -> !c.isAbstract() && !c.isInterface()).toList();
    }

    private static URL iconOf(EClass eClass) {
        EObject object = ArchitectureFactory.eINSTANCE.create(eClass);
        IItemLabelProvider labels = (IItemLabelProvider) new ArchitectureItemProviderAdapterFactory().adapt(object,
                IItemLabelProvider.class);
        assertNotNull(labels, eClass.getName() + " has an item provider");
        return assertInstanceOf(URL.class, labels.getImage(object), eClass.getName());
    }

    @Test
    void everyConcreteClassHasADistinctLegiblePngIcon() throws Exception {
        List<EClass> classes = concreteClasses();
        assertTrue(classes.size() >= 39, "the metamodel's kinds, relation types and parts: " + classes.size());
        Map<String, String> byContent = new HashMap<>();
        for (EClass eClass : classes) {
            URL url = iconOf(eClass);
            assertTrue(url.getPath().endsWith("/icons/full/obj16/" + eClass.getName() + ".png"), url.toString());
            byte[] bytes;
            try (InputStream in = url.openStream()) {
                bytes = in.readAllBytes();
            }
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            assertNotNull(image, url + " is a PNG");
            assertEquals(16, image.getWidth(), url.toString());
            assertEquals(16, image.getHeight(), url.toString());
            assertTrue(colours(image) >= 3, url + " is a picture, not a flat square");
            assertTrue(opaquePixels(image) >= 20, url + " is not nearly empty");
            String other = byContent.put(Arrays.toString(bytes), eClass.getName());
            assertNull(other, eClass.getName() + " and " + other + " have the same icon");
        }
    }

    @Test
    void noGeneratedPlaceholderGifIsLeft() {
        var gifs = ArchitectureEditPlugin.getPlugin().getBundle().findEntries("icons", "*.gif", true);
        assertFalse(gifs != null && gifs.hasMoreElements(), "EMF's placeholder GIFs are replaced by the PNGs");
    }

    @Test
    void eachDomainHasItsOwnColour() throws Exception {
        ArchitecturePackage p = ArchitecturePackage.eINSTANCE;
        EClassifier[][] domains = { { p.getApplication(), p.getPortal() }, { p.getDatabase(), p.getDataEntity() },
                { p.getInfrastructure(), p.getIntegrationPlatform() }, { p.getSecurityControl() },
                { p.getBusinessProcess(), p.getAdministrativeProcedure() }, { p.getPolicy(), p.getStandard() },
                { p.getProject(), p.getRoadmap() } };
        Set<Integer> fills = new HashSet<>();
        for (EClassifier[] domain : domains) {
            Set<Integer> inDomain = new HashSet<>();
            for (EClassifier kind : domain) {
                try (InputStream in = iconOf((EClass) kind).openStream()) {
                    inDomain.add(ImageIO.read(in).getRGB(3, 3)); // inside the rounded square, off the letter
                }
            }
            assertEquals(1, inDomain.size(), "one colour in a domain: " + Arrays.toString(domain));
            assertTrue(fills.add(inDomain.iterator().next()), "a colour of its own: " + Arrays.toString(domain));
        }
    }

    private static int colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static int opaquePixels(BufferedImage image) {
        int n = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                n += (image.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        return n;
    }
}
