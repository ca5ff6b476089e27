package vn.egov.workbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, passed by the test build as -Dworkbench.root, for tests that read sources. */
final class WorkbenchRoot {

    private WorkbenchRoot() {
    }

    static Path get() {
        String root = System.getProperty("workbench.root");
        assertTrue(root != null, "-Dworkbench.root is not set (tests/pom.xml passes it)");
        Path path = Path.of(root).toAbsolutePath().normalize();
        assertTrue(Files.isRegularFile(path.resolve("pom.xml")), "not the repository root: " + path);
        return path;
    }
}
