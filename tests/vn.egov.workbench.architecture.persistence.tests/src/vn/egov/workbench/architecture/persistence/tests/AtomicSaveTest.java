package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelFormat;
import vn.egov.workbench.architecture.persistence.ModelMigrations;
import vn.egov.workbench.architecture.persistence.internal.AtomicFileWriter;
import vn.egov.workbench.architecture.persistence.internal.ModelPersistence;

class AtomicSaveTest {

    @TempDir
    Path dir;

    /** Passes {@code limit} bytes on, then fails as a full disk would. */
    private static OutputStream failingAfter(OutputStream out, long limit, boolean runtime) {
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                if (written++ >= limit) {
                    if (runtime) {
                        throw new IllegalStateException("injected failure");
                    }
                    throw new IOException("injected: no space left on device");
                }
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = 0; i < len; i++) {
                    write(b[off + i]);
                }
            }
        };
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.0, 0.5, 0.999 })
    void aFailureMidWriteLeavesTheOriginalAndNoTemporaryFile(double fraction) throws Exception {
        Architecture model = SampleModels.everyKind();
        Path file = dir.resolve("tỉnh.egov");
        ModelFiles.save(model, file);
        byte[] original = Files.readAllBytes(file);
        model.setName(model.getName() + " (changed, so the new content is longer than the old)");

        long limit = (long) (original.length * fraction);
        ModelPersistence failing = new ModelPersistence(ModelMigrations.getDefault(), ModelFormat.CURRENT_VERSION,
                out -> failingAfter(out, limit, fraction > 0.9));
        IOException e = assertThrows(IOException.class, () -> failing.save(model, file));

        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertArrayEquals(original, Files.readAllBytes(file), "the original is intact");
        assertEquals(List.of("tỉnh.egov"), folder(), "no temporary file and no backup left behind");
        assertEquals(ModelFormat.CURRENT_VERSION, model.getFormatVersion());
    }

    @Test
    void aSuccessfulSaveKeepsThePreviousFileAsBak() throws Exception {
        Architecture model = SampleModels.everyKind();
        Path file = dir.resolve("m.egov");
        ModelFiles.save(model, file);
        byte[] first = Files.readAllBytes(file);
        model.setName("Kiến trúc mới");
        ModelFiles.save(model, file);

        assertEquals(List.of("m.egov", "m.egov.bak"), folder());
        assertArrayEquals(first, Files.readAllBytes(ModelFiles.backupOf(file)));
        assertEquals("Kiến trúc mới", ModelFiles.load(file).getName());

        model.setName("lần ba");
        ModelFiles.save(model, file);
        assertEquals("Kiến trúc mới", ModelFiles.load(ModelFiles.backupOf(file)).getName(), "the .bak moves on");
    }

    @Test
    void theWriterCleansUpWhenTheBodyThrows() throws Exception {
        Path file = dir.resolve("plain.txt");
        Files.writeString(file, "old");
        assertThrows(IOException.class, () -> AtomicFileWriter.write(file, out -> {
            out.write("new, half".getBytes());
            throw new IOException("injected");
        }));
        assertEquals("old", Files.readString(file));
        assertEquals(List.of("plain.txt"), folder());

        AtomicFileWriter.write(file, out -> out.write("new".getBytes()));
        assertEquals("new", Files.readString(file));
        assertEquals("old", Files.readString(dir.resolve("plain.txt.bak")));
    }

    @Test
    void savingIntoAMissingFolderFailsCleanly() {
        Path file = dir.resolve("no-such-folder").resolve("m.egov");
        IOException e = assertThrows(IOException.class, () -> ModelFiles.save(SampleModels.everyKind(), file));
        assertTrue(e.getMessage().contains("m.egov"), e.getMessage());
    }
}
