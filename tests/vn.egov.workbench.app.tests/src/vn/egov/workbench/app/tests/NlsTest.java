package vn.egov.workbench.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every user-visible string of the workbench exists in English and Vietnamese. Reads the sources
 * of every bundle and feature, so a bundle added later is checked without changing this test.
 */
class NlsTest {

    private static final Pattern PERCENT_KEY = Pattern.compile("\"%([\\w.\\-]+)\"|:\\s*%([\\w.\\-]+)");
    private static final Pattern FIELD = Pattern.compile("public static String (\\w+);");

    private final Path root = WorkbenchRoot.get();

    @Test
    void everyMessagesFileHasAVietnameseTwinWithTheSameKeys() throws IOException {
        List<Path> files = find("bundles", "messages.properties");
        assertFalse(files.isEmpty());
        for (Path en : files) {
            Path vi = en.resolveSibling("messages_vi.properties");
            assertTrue(Files.isRegularFile(vi), "missing " + root.relativize(vi));
            assertSameKeys(en, vi);
        }
    }

    @Test
    void everyMessagesClassFieldHasAKey() throws IOException {
        for (Path en : find("bundles", "messages.properties")) {
            Path java = en.resolveSibling("Messages.java");
            if (!Files.isRegularFile(java) || !Files.readString(java).contains("extends NLS")) {
                continue; // a ResourceBundle-based formatter has no fields to compare
            }
            Set<String> fields = new TreeSet<>();
            Matcher m = FIELD.matcher(Files.readString(java));
            while (m.find()) {
                fields.add(m.group(1));
            }
            assertEquals(load(en).stringPropertyNames(), fields, "fields of " + root.relativize(java));
        }
    }

    @Test
    void pluginAndFeatureTextsExistInBothLanguages() throws IOException {
        int checked = 0;
        for (String top : List.of("bundles", "features")) {
            try (Stream<Path> dirs = Files.list(root.resolve(top))) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    String base = dir.getFileName().toString().endsWith("feature") ? "feature" : "plugin";
                    Set<String> used = percentKeys(dir);
                    if (used.isEmpty()) {
                        continue;
                    }
                    Path en = dir.resolve(base + ".properties");
                    Path vi = dir.resolve(base + "_vi.properties");
                    assertTrue(Files.isRegularFile(vi), "missing " + root.relativize(vi));
                    assertSameKeys(en, vi);
                    Set<String> missing = new TreeSet<>(used);
                    missing.removeAll(load(en).stringPropertyNames());
                    assertEquals(Set.of(), missing, "%keys without text in " + root.relativize(en));
                    checked++;
                }
            }
        }
        assertTrue(checked >= 4, "expected at least the app, the CLI and two features, checked " + checked);
    }

    @Test
    void theVietnameseProductNameIsRight() throws IOException {
        Properties vi = load(root.resolve("bundles/vn.egov.workbench.app/plugin_vi.properties"));
        assertEquals("Bàn làm việc Chính quyền điện tử", vi.getProperty("productName"));
    }

    @Test
    void noUiBundleShowsAnUnexternalisedString() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root.resolve("bundles"))) {
            for (Path dir : dirs.filter(NlsTest::isUiBundle).toList()) {
                for (Path java : javaSources(dir)) {
                    for (int line : LiteralScanner.unmarkedLines(Files.readString(java))) {
                        offenders.add(root.relativize(java) + ":" + line);
                    }
                }
            }
        }
        assertEquals(List.of(), offenders, "string literals neither in Messages nor marked //$NON-NLS-n$");
    }

    @Test
    void theScannerSeesWhatItShould() {
        assertEquals(List.of(1), LiteralScanner.unmarkedLines("label.setText(\"Save\");"));
        assertEquals(List.of(), LiteralScanner.unmarkedLines("id(\"x\"); //$NON-NLS-1$"));
        assertEquals(List.of(1), LiteralScanner.unmarkedLines("f(\"a\", \"b\"); //$NON-NLS-1$"));
        assertEquals(List.of(), LiteralScanner.unmarkedLines("/* \"not code\" */ char q = '\"';"));
        assertEquals(List.of(), LiteralScanner.unmarkedLines("// a comment with \"quotes\""));
    }

    private static boolean isUiBundle(Path dir) {
        try {
            Path manifest = dir.resolve("META-INF/MANIFEST.MF");
            if (!Files.isRegularFile(manifest)) {
                return false;
            }
            String m = Files.readString(manifest);
            return m.contains("org.eclipse.ui") || m.contains("org.eclipse.swt") || m.contains("org.eclipse.jface")
                    || m.contains("org.eclipse.gef") || m.contains("org.eclipse.draw2d");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> javaSources(Path bundle) throws IOException {
        Path src = bundle.resolve("src");
        if (!Files.isDirectory(src)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(src)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private Set<String> percentKeys(Path dir) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String name : List.of("plugin.xml", "feature.xml", "META-INF/MANIFEST.MF")) {
            Path f = dir.resolve(name);
            if (Files.isRegularFile(f)) {
                Matcher m = PERCENT_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return keys;
    }

    private List<Path> find(String top, String fileName) throws IOException {
        try (Stream<Path> files = Files.walk(root.resolve(top))) {
            return files.filter(p -> p.getFileName().toString().equals(fileName))
                    .filter(p -> !p.toString().contains("/target/") && !p.toString().contains("/bin/")).toList();
        }
    }

    private void assertSameKeys(Path en, Path vi) throws IOException {
        Properties e = load(en);
        Properties v = load(vi);
        assertEquals(e.stringPropertyNames(), v.stringPropertyNames(), "keys of " + root.relativize(vi));
        for (String key : v.stringPropertyNames()) {
            assertFalse(v.getProperty(key).isBlank(), "empty " + key + " in " + root.relativize(vi));
        }
        // Eclipse reads these files as ISO-8859-1: Vietnamese must be \\u-escaped to survive
        byte[] raw = Files.readAllBytes(vi);
        for (byte b : raw) {
            assertTrue(b >= 0, root.relativize(vi) + " has raw non-ASCII bytes; run releng/scripts/escape-properties.py");
        }
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in); // ISO-8859-1 with \\u escapes, as Eclipse reads it
        }
        return p;
    }
}
