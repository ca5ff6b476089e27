package vn.egov.workbench.architecture.editor.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import vn.egov.workbench.architecture.editor.ModelEditor;

/** The last {@value #MAX} model files opened or saved, newest first, kept in the workbench's preferences. */
public final class RecentFiles {

    public static final int MAX = 8;
    private static final String KEY = "recentFiles"; //$NON-NLS-1$

    private RecentFiles() {
    }

    public static List<Path> list() {
        String stored = node().get(KEY, ""); //$NON-NLS-1$
        List<Path> result = new ArrayList<>();
        for (String line : stored.split("\n")) { //$NON-NLS-1$
            if (!line.isBlank()) {
                result.add(Path.of(line));
            }
        }
        return result;
    }

    public static void add(Path file) {
        List<Path> files = list();
        Path normalized = file.toAbsolutePath().normalize();
        files.remove(normalized);
        files.add(0, normalized);
        store(files);
    }

    public static void remove(Path file) {
        List<Path> files = list();
        if (files.remove(file.toAbsolutePath().normalize())) {
            store(files);
        }
    }

    public static void clear() {
        store(List.of());
    }

    private static void store(List<Path> files) {
        StringBuilder b = new StringBuilder();
        for (Path p : files.subList(0, Math.min(MAX, files.size()))) {
            b.append(p).append('\n');
        }
        IEclipsePreferences node = node();
        node.put(KEY, b.toString());
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list is a convenience; it is kept in memory until the next flush
        }
    }

    private static IEclipsePreferences node() {
        return InstanceScope.INSTANCE.getNode(ModelEditor.BUNDLE_ID);
    }
}
