package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelFormat;
import vn.egov.workbench.architecture.persistence.ModelLoadException;
import vn.egov.workbench.architecture.persistence.internal.Messages;

class HostileFilesTest {

    private static final String NS = ArchitecturePackage.eNS_URI;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @TempDir
    Path dir;

    /** Loads a file that must fail; checks that nothing was written, and returns the exception. */
    private ModelLoadException reject(String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        List<Path> before = list();
        FileTime time = Files.getLastModifiedTime(file);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(file));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertTrue(e.getMessage().contains(e.getReason()), e.getMessage());
        assertArrayEquals(content, Files.readAllBytes(file), "a failed load never writes");
        assertEquals(time, Files.getLastModifiedTime(file));
        assertEquals(before, list(), "no file created");
        return e;
    }

    private List<Path> list() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    private ModelLoadException reject(String name, String content) throws IOException {
        return reject(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String root(String attributes, String body) {
        return HEAD + "<arch:Architecture xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:arch=\"" + NS
                + "\" formatVersion=\"" + ModelFormat.CURRENT_VERSION + "\"" + attributes + ">\n" + body
                + "</arch:Architecture>\n";
    }

    @Test
    void externalEntitiesAreRefused() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "mật khẩu bí mật");
        String xxe = HEAD + "<!DOCTYPE arch:Architecture [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<arch:Architecture xmlns:arch=\"" + NS + "\" name=\"&x;\"/>\n";
        ModelLoadException e = reject("xxe.egov", xxe);
        assertEquals(Messages.Cause_doctype, e.getReason());
        assertEquals(2, e.getLine());
        assertFalse(e.getMessage().contains("bí mật"));
    }

    @Test
    void entityExpansionIsRefused() throws IOException {
        StringBuilder lol = new StringBuilder(HEAD + "<!DOCTYPE lolz [\n <!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            lol.append(" <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        lol.append("]>\n<arch:Architecture xmlns:arch=\"" + NS + "\" name=\"&lol9;\"/>\n");
        ModelLoadException e = reject("lol.egov", lol.toString());
        assertEquals(Messages.Cause_doctype, e.getReason());
    }

    @Test
    void aTruncatedFileIsNamedWithItsLastLine() throws Exception {
        Path good = dir.resolve("good.egov");
        ModelFiles.save(SampleModels.everyKind(), good);
        byte[] whole = Files.readAllBytes(good);
        Files.delete(good);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        ModelLoadException e = reject("truncated.egov", half);
        long lines = new String(half, StandardCharsets.UTF_8).lines().count();
        assertTrue(e.getLine() >= lines - 1 && e.getLine() <= lines + 1, e.getMessage());
        assertTrue(e.getReason().startsWith(NLS.bind(Messages.Cause_xml, "").replace("()", "")), e.getReason());
    }

    @Test
    void aWrongRootElementIsNamed() throws IOException {
        ModelLoadException e = reject("folder.egov", HEAD + "<arch:Folder xmlns:arch=\"" + NS + "\" name=\"x\"/>");
        assertEquals(NLS.bind(Messages.Cause_wrongRoot, "arch:Folder", "arch:Architecture"), e.getReason());
        assertEquals(2, e.getLine());

        e = reject("html.egov", HEAD + "<html><body/></html>");
        assertEquals(NLS.bind(Messages.Cause_wrongRoot, "html", "arch:Architecture"), e.getReason());
    }

    @Test
    void anUnknownNamespaceIsNamed() throws IOException {
        ModelLoadException e = reject("ns.egov", HEAD + "<x:Architecture xmlns:x=\"http://example.com/other\"/>");
        assertEquals(NLS.bind(Messages.Cause_unknownNamespace, "http://example.com/other", NS), e.getReason());

        e = reject("ns-inside.egov", root("", "  <folders name=\"f\">\n    <items xmlns:o=\"http://example.com/o\" xsi:type=\"o:Thing\" id=\"a\"/>\n  </folders>\n"));
        assertEquals(4, e.getLine(), e.getMessage());
        assertTrue(e.getReason().contains("http://example.com/o"), e.getReason());
    }

    @Test
    void garbageAndNonXmlAreRefused() throws IOException {
        byte[] garbage = new byte[4096];
        new Random(42).nextBytes(garbage);
        reject("garbage.egov", garbage);
        ModelLoadException e = reject("text.egov", "Đây không phải XML");
        assertEquals(1, e.getLine());
    }

    @Test
    void anEmptyOrMissingFileIsNamed() throws IOException {
        ModelLoadException e = reject("empty.egov", new byte[0]);
        assertEquals(Messages.Cause_empty, e.getReason());
        assertEquals(-1, e.getLine());

        Path missing = dir.resolve("missing.egov");
        e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(missing));
        assertEquals(Messages.Cause_notFound, e.getReason());
        assertFalse(Files.exists(missing));
    }

    @Test
    void contentTheModelDoesNotKnowIsRefusedWithItsLine() throws IOException {
        ModelLoadException e = reject("attr.egov", root("", "  <folders name=\"f\" colour=\"red\"/>\n"));
        assertEquals(3, e.getLine());
        assertTrue(e.getReason().contains("colour"), e.getReason());

        e = reject("kind.egov", root("", "  <folders name=\"f\">\n    <items xsi:type=\"arch:NoSuchKind\" id=\"a\"/>\n  </folders>\n"));
        assertEquals(4, e.getLine());
        assertTrue(e.getReason().contains("NoSuchKind"), e.getReason());

        e = reject("number.egov", root(" periodFrom=\"hai nghìn\"", ""));
        assertEquals(2, e.getLine());
    }

    @Test
    void aDanglingReferenceIsRefused() throws IOException {
        ModelLoadException e = reject("dangling.egov", root("", "  <folders name=\"f\">\n"
                + "    <items xsi:type=\"arch:Application\" id=\"a\" owner=\"no-such-unit\"/>\n  </folders>\n"));
        assertTrue(e.getReason().contains("no-such-unit"), e.getReason());
        assertEquals(4, e.getLine());
    }

    @Test
    void aFileFromANewerWorkbenchIsRefusedClearly() throws IOException {
        int newer = ModelFormat.CURRENT_VERSION + 1;
        ModelLoadException e = reject("newer.egov", HEAD + "<arch:Architecture xmlns:arch=\"" + NS
                + "\" formatVersion=\"" + newer + "\" futureThing=\"x\"/>");
        assertEquals(NLS.bind(Messages.Cause_newerVersion, newer, ModelFormat.CURRENT_VERSION), e.getReason());

        e = reject("badversion.egov", HEAD + "<arch:Architecture xmlns:arch=\"" + NS + "\" formatVersion=\"1.5\"/>");
        assertEquals(NLS.bind(Messages.Cause_badVersion, "1.5"), e.getReason());
    }
}
