package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.ref.WeakReference;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelFiles;

/** Loading keeps nothing of the model once the caller lets go of it (the parser pool used to keep the last one). */
class MemoryTest {

    @TempDir
    Path dir;

    @Test
    void nothingKeepsALoadedModelOnceItIsDropped() throws Exception {
        Path file = dir.resolve("every-kind.egov");
        ModelFiles.save(SampleModels.everyKind(), file);
        WeakReference<Architecture> loaded = new WeakReference<>(ModelFiles.load(file));
        for (int i = 0; i < 50 && loaded.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }
        assertEquals(null, loaded.get(), "the loaded model was collected");
        Architecture again = ModelFiles.load(file); // the pooled parser, without its old handler, still works
        assertNotNull(again);
        assertEquals(SampleModels.everyKind().getName(), again.getName());
    }
}
