package vn.egov.workbench.architecture.samples.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelFormat;
import vn.egov.workbench.architecture.persistence.ModelLoadException;
import vn.egov.workbench.architecture.samples.Template;
import vn.egov.workbench.architecture.samples.Templates;
import vn.egov.workbench.architecture.validation.Validator;

/** "New model from template", through the persistence bundle's model file I/O. */
class TemplatesTest {

    @TempDir
    Path dir;

    @Test
    void theTemplatesAreListedInBothLanguages() {
        List<Template> templates = Templates.list();
        assertEquals(List.of("empty", "kontum-2.0"), templates.stream().map(Template::id).toList());
        assertEquals("Mô hình trống (Khung kiến trúc 2.0)", templates.get(0).name(Locale.of("vi")));
        assertEquals("Empty model (framework 2.0)", templates.get(0).name(Locale.ENGLISH));
    }

    @Test
    void theEmptyTemplateIsValidAndHasTheStandardFolders() throws Exception {
        Architecture empty = Templates.load(Templates.find("empty").orElseThrow());
        assertEquals(12, empty.getFolders().size());
        assertEquals(List.of(), Validator.validate(empty));
    }

    @Test
    void aCopyGetsFreshIdsAndIsNeverWrittenOverAnExistingFile() throws Exception {
        Template kontum = Templates.find("kontum-2.0").orElseThrow();
        Path target = dir.resolve("moi.egov");
        Architecture copy = Templates.copy(kontum, target);
        Architecture loaded = ModelFiles.load(target);
        Architecture original = Templates.load(kontum);
        assertEquals(original.getName(), loaded.getName());
        assertEquals(count(original), count(loaded));
        assertNotEquals(original.getFolders().get(0).getId(), loaded.getFolders().get(0).getId());
        assertEquals(copy.getFolders().get(0).getId(), loaded.getFolders().get(0).getId());
        assertEquals(List.of(), Validator.validate(loaded));
        assertEquals(ModelFormat.CURRENT_VERSION, loaded.getFormatVersion());
        assertEquals(target.toAbsolutePath().toString(), copy.eResource().getURI().toFileString(),
                "the copy lives in its own file's resource, not in the template's");
        byte[] before = Files.readAllBytes(target);
        assertThrows(FileAlreadyExistsException.class, () -> Templates.copy(kontum, target));
        assertEquals(before.length, Files.readAllBytes(target).length);
    }

    @Test
    void theShippedFilesAreCurrentAndTheirIdsAreUuids() throws Exception {
        for (Template template : Templates.list()) {
            Architecture model = Templates.load(template);
            assertEquals(ModelFormat.CURRENT_VERSION, model.getFormatVersion(), template.file());
            assertEquals("samples/" + template.file(), model.eResource().getURI().toFileString());
            List<String> ids = new java.util.ArrayList<>(List.of(model.getId()));
            model.eAllContents().forEachRemaining(o -> {
                if (o instanceof vn.egov.workbench.architecture.model.ArchitectureObject a) {
                    ids.add(a.getId());
                }
            });
            for (String id : ids) {
                assertEquals(id, java.util.UUID.fromString(id).toString(), "a UUID: " + id);
            }
            assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), "unique ids in " + template.file());
        }
    }

    @Test
    void brokenTemplatesAreRejectedWithTheFileAndLine() throws Exception {
        Path truncated = dir.resolve("cut.egov");
        byte[] full;
        try (var in = Templates.url(Templates.find("kontum-2.0").orElseThrow()).openStream()) {
            full = in.readAllBytes();
        }
        Files.write(truncated, java.util.Arrays.copyOf(full, full.length / 2));
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(truncated));
        assertTrue(e.getLine() > 1, e.getMessage());
        assertTrue(e.getMessage().contains(truncated.toString()), e.getMessage());

        Path doctype = dir.resolve("entity.egov");
        Files.writeString(doctype, "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<arch:Architecture xmlns:arch=\"http://egov.vn/workbench/architecture/2.0\" name=\"&x;\"/>",
                StandardCharsets.UTF_8);
        e = assertThrows(ModelLoadException.class, () -> ModelFiles.load(doctype));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
    }

    private static long count(Architecture a) {
        long[] n = { 0 };
        a.eAllContents().forEachRemaining(o -> n[0]++);
        return n[0];
    }
}
