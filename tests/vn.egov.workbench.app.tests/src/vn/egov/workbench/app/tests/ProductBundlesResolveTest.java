package vn.egov.workbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/** The test runtime holds the whole product feature (tests/pom.xml): every bundle in it must resolve. */
class ProductBundlesResolveTest {

    private static final Pattern PLUGIN = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"");

    private final BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();

    @Test
    void everyBundleInTheRuntimeResolves() {
        List<String> unresolved = Arrays.stream(context.getBundles())
                .filter(b -> b.getState() == Bundle.INSTALLED || b.getState() == Bundle.UNINSTALLED)
                .map(b -> b.getSymbolicName() + " " + b.getVersion()).toList();
        assertTrue(context.getBundles().length > 50, "suspiciously small runtime");
        assertEquals(List.of(), unresolved, "bundles that did not resolve");
    }

    @Test
    void everyPluginOfTheProductFeaturesIsPresentAndResolved() throws Exception {
        Map<String, Bundle> bundles = Arrays.stream(context.getBundles())
                .collect(Collectors.toMap(Bundle::getSymbolicName, Function.identity(), (a, b) -> a));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> features = Files.list(WorkbenchRoot.get().resolve("features"))) {
            for (Path feature : features.map(f -> f.resolve("feature.xml")).filter(Files::isRegularFile).toList()) {
                Matcher m = PLUGIN.matcher(Files.readString(feature));
                while (m.find()) {
                    Bundle b = bundles.get(m.group(1));
                    if (b == null || b.getState() == Bundle.INSTALLED) {
                        missing.add(m.group(1) + " (" + feature.getParent().getFileName() + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), missing, "feature plug-ins missing or unresolved in the runtime");
    }

    @Test
    void workbenchBundlesAreStampedWithABuildQualifier() {
        List<Bundle> ours = Arrays.stream(context.getBundles())
                .filter(b -> b.getSymbolicName().startsWith("vn.egov.workbench."))
                .filter(b -> !b.getSymbolicName().endsWith(".tests")).toList(); // tests run from their folder
        assertTrue(ours.size() >= 2, "expected at least the app and the CLI, got " + ours);
        for (Bundle b : ours) {
            assertFalse(b.getVersion().getQualifier().equals("qualifier"),
                    b.getSymbolicName() + " was not stamped with a build qualifier");
        }
    }
}
