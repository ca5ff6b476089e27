package vn.egov.workbench.architecture.persistence.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a reader (or a crash) sees either the whole old content or the whole new one:
 * the new content goes to a temporary file in the same folder, is forced to disk, and is renamed over
 * the target; the old content stays as {@code <name>.bak}.
 */
public final class AtomicFileWriter {

    /** Writes the new content; the stream is buffered, and closed by the writer. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFileWriter() {
    }

    public static void write(Path target, Body body) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Path temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                    OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                body.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (Files.exists(file)) {
                keepBackup(file);
            }
            move(temp, file);
            syncFolder(folder);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void keepBackup(Path file) throws IOException {
        Path backup = file.resolveSibling(file.getFileName() + ".bak"); //$NON-NLS-1$
        Files.deleteIfExists(backup);
        try {
            // a hard link costs nothing and the target keeps existing until the rename replaces it
            Files.createLink(backup, file);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(file, backup, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // same folder, so this only happens on odd file systems; still a single rename
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable; not every platform can open a folder, which is then no loss. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the data file itself is already on disk
        }
    }
}
