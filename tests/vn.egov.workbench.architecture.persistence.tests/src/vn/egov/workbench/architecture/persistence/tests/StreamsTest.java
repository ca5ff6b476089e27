package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelFormat;
import vn.egov.workbench.architecture.persistence.ModelLoadException;

/** Models read from and written to streams (templates inside bundles), exactly like files. */
class StreamsTest {

    @TempDir
    Path dir;

    @Test
    void aStreamHoldsTheSameBytesAsAFileAndReadsBack() throws Exception {
        Architecture model = SampleModels.everyKind();
        model.setFormatVersion(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.save(model, out);
        assertEquals(ModelFormat.CURRENT_VERSION, model.getFormatVersion(), "the version is stamped");

        Path file = dir.resolve("same.egov");
        ModelFiles.save(model, file);
        assertArrayEquals(Files.readAllBytes(file), out.toByteArray());

        Path name = Path.of("samples", "mẫu.egov");
        Architecture loaded = ModelFiles.load(new ByteArrayInputStream(out.toByteArray()), name);
        assertTrue(new EcoreUtil.EqualityHelper().equals(model, loaded), "the loaded model equals the saved one");
        assertEquals(name.toString(), loaded.eResource().getURI().toFileString());
    }

    @Test
    void anObjectTheFileGivesNoIdGetsAUuidAndNewObjectsStillDo() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<arch:Architecture xmlns:arch=\""
                + vn.egov.workbench.architecture.model.ArchitecturePackage.eNS_URI
                + "\" id=\"root\" name=\"Kon Tum\" formatVersion=\"1\">\n  <folders name=\"no id\"/>\n  <folders name=\"no id either\"/>\n</arch:Architecture>\n";
        Architecture loaded = ModelFiles.load(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                Path.of("hand-written.egov"));
        assertEquals("root", loaded.getId());
        String first = loaded.getFolders().get(0).getId();
        String second = loaded.getFolders().get(1).getId();
        assertTrue(first != null && second != null && !first.equals(second), first + " " + second);
        assertTrue(SampleModels.F.createFolder().getId() != null, "objects made after a load get a UUID again");
    }

    @Test
    void aBrokenStreamIsReportedUnderItsName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelFiles.save(SampleModels.everyKind(), out);
        byte[] cut = Arrays.copyOf(out.toByteArray(), out.size() / 2);
        Path name = Path.of("samples/cut.egov");
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(new ByteArrayInputStream(cut), name));
        assertEquals(name, e.getFile());
        assertTrue(e.getLine() >= 1, e.getMessage());
        assertTrue(e.getMessage().contains("samples/cut.egov"), e.getMessage());

        e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(new ByteArrayInputStream(new byte[0]), name));
        assertEquals("the file is empty", e.getReason());
    }
}
