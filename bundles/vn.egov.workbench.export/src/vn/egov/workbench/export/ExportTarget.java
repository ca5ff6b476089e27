package vn.egov.workbench.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The folder an export writes into. Exporters get their files from {@link #newFile}: temporary files in the same
 * folder, renamed to their names by {@link #commit} once the exporter has finished, or deleted by {@link #abort},
 * so a failed export never leaves a half-written file or replaces a good one.
 */
public final class ExportTarget {

    private final Path dir;
    private final Map<Path, Path> files = new LinkedHashMap<>(); // final name -> temporary file

    public ExportTarget(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** A new file to write; it gets the name {@code name} (a plain file name) when the export succeeds. */
    public Path newFile(String name) throws IOException {
        Path finalPath = dir.resolve(name).normalize();
        if (name.isBlank() || !dir.normalize().equals(finalPath.getParent())) {
            throw new IOException("Not a plain file name: " + name); //$NON-NLS-1$
        }
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, name, ".tmp"); //$NON-NLS-1$
        files.put(finalPath, temp);
        return temp;
    }

    /** Gives every file its name; returns the files, in the order they were created. */
    public List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : files.entrySet()) {
            Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            done.add(e.getKey());
        }
        files.clear();
        return done;
    }

    /** Deletes the temporary files of an export that failed. */
    public void abort() {
        for (Path temp : files.values()) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // best effort: a temporary file left behind is named *.tmp
            }
        }
        files.clear();
    }
}
