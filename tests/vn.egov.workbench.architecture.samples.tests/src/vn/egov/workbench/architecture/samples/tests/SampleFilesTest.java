package vn.egov.workbench.architecture.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.samples.internal.SampleFiles;

/**
 * The shipped sample files are exactly what their builders make. To regenerate them after changing a builder:
 * {@code EGOV_REGENERATE_SAMPLES=1 ./mvnw -B verify -pl features/vn.egov.workbench.feature,tests/vn.egov.workbench.architecture.samples.tests -am}
 */
class SampleFilesTest {

    private static final String HOW = "EGOV_REGENERATE_SAMPLES=1 ./mvnw -B verify -pl "
            + "features/vn.egov.workbench.feature,tests/vn.egov.workbench.architecture.samples.tests -am";

    @Test
    void theShippedFilesAreWhatTheBuildersMake() throws Exception {
        String root = System.getProperty("workbench.root");
        assertTrue(root != null, "run with -Dworkbench.root");
        Path dir = Path.of(root, "bundles/vn.egov.workbench.architecture.samples/samples");
        boolean regenerate = "1".equals(System.getenv("EGOV_REGENERATE_SAMPLES"));
        for (Map.Entry<String, Supplier<Architecture>> e : SampleFiles.builders().entrySet()) {
            byte[] made = SampleFiles.bytes(e.getValue().get());
            assertEquals(new String(made, StandardCharsets.UTF_8),
                    new String(SampleFiles.bytes(e.getValue().get()), StandardCharsets.UTF_8),
                    "a builder gives the same file every time (stable ids, no dates)");
            Path file = dir.resolve(e.getKey());
            if (regenerate) {
                Files.write(file, made);
            }
            assertTrue(Files.isRegularFile(file), "missing " + file + "; make it with: " + HOW);
            assertEquals(new String(made, StandardCharsets.UTF_8), Files.readString(file, StandardCharsets.UTF_8),
                    file + " is out of date; regenerate it with: " + HOW);
        }
    }
}
