package vn.egov.workbench.export.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.export.ExportException;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExporterDescriptor;
import vn.egov.workbench.export.ExporterRegistry;
import vn.egov.workbench.extensions.ContributionFault;
import vn.egov.workbench.extensions.ContributionFaults;

/** The exporters of this fragment's fragment.xml, and the built-in architecture formats. */
class ExporterRegistryTest {

    private static final String ME = "vn.egov.workbench.export.tests";
    private final ExporterRegistry registry = ExporterRegistry.getDefault();

    @TempDir
    Path dir;

    private ExportInput input(Object data) {
        return new ExportInput("test", data, "out", Locale.ENGLISH);
    }

    @Test
    void theGoodExporterWritesItsFile() throws Exception {
        ExporterDescriptor lines = registry.find("test", "LINES").orElseThrow();
        assertEquals("Lines", lines.name());
        assertEquals(ME, lines.contributor());
        List<Path> written = registry.export(lines, input(List.of("một", "two")), dir);
        assertEquals(List.of(dir.resolve("out.txt")), written);
        assertEquals(List.of("một", "two"), Files.readAllLines(written.get(0)));
    }

    @Test
    void theArchitectureFormatsOfTheProductAreContributionsToo() {
        List<String> formats = registry.formats(ExportInput.ARCHITECTURE);
        assertTrue(formats.containsAll(List.of("csv", "json")), formats.toString());
    }

    @Test
    void malformedAndDuplicateContributionsAreLeftOutAndReported() {
        List<String> formats = registry.formats("test");
        assertFalse(formats.contains("bad format") || formats.contains("nameless"), formats.toString());
        String all = faults().toString();
        assertTrue(faults().stream().allMatch(f -> f.contributor().equals(ME)), all);
        assertTrue(all.contains("Format 'lines' for test is already provided by plug-in " + ME), all);
        assertTrue(all.contains("'Bad Format'"), all);
        assertTrue(all.contains("lacks the attribute 'name'"), all);
    }

    @Test
    void anExporterWhoseClassIsMissingIsSwitchedOffWhenFirstUsed() {
        ExporterDescriptor missing = registry.find("test", "missing").orElseThrow();
        ExportException e = assertThrows(ExportException.class, () -> registry.export(missing, input(List.of()), dir));
        assertFalse(e.isOutputProblem());
        assertTrue(registry.find("test", "missing").isEmpty());
        assertTrue(faults().toString().contains("NoSuchExporter"), faults().toString());
    }

    @Test
    void anExporterThatThrowsLeavesNoFileIsSwitchedOffAndReportedOnce() throws Exception {
        ExporterDescriptor crashing = registry.find("test", "crashing").orElseThrow();
        ExportException e = assertThrows(ExportException.class,
                () -> registry.export(crashing, input(List.of()), dir));
        assertTrue(e.getMessage().contains("bug in a plug-in exporter") && e.getMessage().contains(ME), e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no half-written or temporary file");
        }
        assertTrue(registry.find("test", "crashing").isEmpty(), "switched off");
        assertThrows(ExportException.class, () -> registry.export(crashing, input(List.of()), dir));
        assertEquals(1, faults().stream().filter(f -> f.message().contains("bug in a plug-in exporter")).count());
        // the good exporter still works
        assertEquals(1, registry.export(registry.find("test", "lines").orElseThrow(), input(List.of("x")), dir).size());
    }

    @Test
    void anOutputProblemIsNotThePluginsFault() {
        ExporterDescriptor fullDisk = registry.find("test", "full-disk").orElseThrow();
        ExportException e = assertThrows(ExportException.class, () -> registry.export(fullDisk, input(List.of()), dir));
        assertTrue(e.isOutputProblem());
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
        assertTrue(registry.find("test", "full-disk").isPresent(), "still on");
    }

    private static List<ContributionFault> faults() {
        return ContributionFaults.getDefault().of(ExporterRegistry.EXTENSION_POINT);
    }
}
