package vn.egov.workbench.architecture.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.editing.IModelDocumentListener.Change;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelLoadException;

class ModelDocumentsTest {

    @TempDir
    Path dir;

    private final ModelDocuments documents = new ModelDocuments();
    private final List<Change> heard = new ArrayList<>();

    private Path modelFile(String name) throws IOException {
        Architecture model = ArchitectureFactory.eINSTANCE.createArchitecture();
        model.setName("Tỉnh Kon Tum");
        Path file = dir.resolve(name);
        ModelFiles.save(model, file);
        return file;
    }

    private static void rename(ModelDocument document, String name) {
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), document.getModel(),
                ArchitecturePackage.Literals.NAMED_ELEMENT__NAME, name));
    }

    @Test
    void oneDocumentPerFileAndItsObjectsFindIt() throws Exception {
        Path file = modelFile("a.egov");
        ModelDocument document = documents.open(file);
        assertSame(document, documents.open(dir.resolve("x/../a.egov")));
        assertSame(document, documents.documentFor(document.getModel()));
        assertSame(document.getEditingDomain(), AdapterFactoryEditingDomain.getEditingDomainFor(document.getModel()));
        assertEquals("a.egov", document.getName());
        assertFalse(document.isDirty());
    }

    @Test
    void commandsMakeItDirtyUndoCleansSaveWritesWhatWasShown() throws Exception {
        Path file = modelFile("b.egov");
        ModelDocument document = documents.open(file);
        documents.addListener((d, change) -> heard.add(change));
        rename(document, "Đổi tên");
        assertTrue(document.isDirty());
        document.getCommandStack().undo();
        assertFalse(document.isDirty());
        document.getCommandStack().redo();
        document.save();
        assertFalse(document.isDirty());
        assertTrue(heard.contains(Change.SAVED));
        assertEquals("Đổi tên", ModelFiles.load(file).getName());
        assertTrue(Files.exists(ModelFiles.backupOf(file)));
    }

    @Test
    void newModelNeedsSaveAsThenBelongsToItsFile() throws Exception {
        Architecture model = ArchitectureFactory.eINSTANCE.createArchitecture();
        model.setName("Mới");
        ModelDocument document = documents.adopt(model, null);
        assertTrue(document.isDirty());
        assertThrows(IllegalStateException.class, document::save);
        Path target = dir.resolve("new.egov");
        document.saveAs(target);
        assertFalse(document.isDirty());
        assertEquals(target, document.getFile());
        assertSame(document, documents.find(target));
        assertEquals("Mới", ModelFiles.load(target).getName());
    }

    @Test
    void saveAsOverAnotherOpenModelIsRefused() throws Exception {
        ModelDocument first = documents.open(modelFile("c.egov"));
        Path other = modelFile("d.egov");
        documents.open(other);
        IOException e = assertThrows(IOException.class, () -> first.saveAs(other));
        assertTrue(e.getMessage().contains("d.egov"), e.getMessage());
        assertEquals("Tỉnh Kon Tum", ModelFiles.load(other).getName());
    }

    @Test
    void closeForgetsTheDocumentAndTellsListeners() throws Exception {
        Path file = modelFile("e.egov");
        ModelDocument document = documents.open(file);
        documents.addListener((d, change) -> heard.add(change));
        document.close();
        assertEquals(List.of(Change.CLOSED), heard);
        assertNull(documents.find(file));
        assertNotSame(document, documents.open(file));
    }

    @Test
    void aBrokenFileOpensNothingAndABrokenListenerStopsNoOne() throws Exception {
        Path broken = dir.resolve("broken.egov");
        Files.writeString(broken, "<?xml version=\"1.0\"?><egov:Architecture", StandardCharsets.UTF_8);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> documents.open(broken));
        assertTrue(e.getMessage().contains("broken.egov"), e.getMessage());
        assertTrue(documents.getDocuments().isEmpty());

        documents.addListener((d, change) -> {
            throw new IllegalStateException("broken listener");
        });
        documents.addListener((d, change) -> heard.add(change));
        documents.open(modelFile("f.egov"));
        assertEquals(List.of(Change.OPENED), heard);
    }

    @Test
    void validationIsKeptPerDocumentAndIndexedByObject() throws Exception {
        ModelDocument document = documents.open(modelFile("g.egov"));
        documents.addListener((d, change) -> heard.add(change));
        assertTrue(document.getProblems().all().isEmpty());
        rename(document, "");
        ModelProblems problems = document.validate();
        assertEquals(List.of(Change.DIRTY, Change.PROBLEMS), heard);
        assertSame(problems, document.getProblems());
        assertFalse(problems.all().isEmpty(), "a model without a name is reported");
        assertFalse(problems.of(document.getModel()).isEmpty());
        assertEquals(problems.all().stream().filter(p -> p.isError()).count(), problems.errorCount());
    }
}
