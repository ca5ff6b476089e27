package vn.egov.workbench.architecture.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.architecture.persistence.internal.Messages;

/**
 * The migrations known to the workbench, one step per (from, to) pair. The default registry holds the
 * built-in ones; a later extension point will add plug-ins' migrations here.
 */
public final class ModelMigrations {

    private static final ModelMigrations DEFAULT = builtIn();

    private final Map<Integer, TreeMap<Integer, IModelMigration>> byFrom = new ConcurrentHashMap<>();

    /** The registry {@link ModelFiles} uses. */
    public static ModelMigrations getDefault() {
        return DEFAULT;
    }

    /** A registry with only the built-in migrations, e.g. for tests or a tool with its own migrations. */
    public static ModelMigrations builtIn() {
        ModelMigrations registry = new ModelMigrations();
        // version 0 files (written before the format was versioned) have the structure of version 1
        registry.register(new IModelMigration() {
            @Override
            public int fromVersion() {
                return 0;
            }

            @Override
            public int toVersion() {
                return 1;
            }

            @Override
            public void migrate(MigrationContext context) {
                // nothing changed between 0 and 1 but the version attribute itself; early files were XMI
                // documents whose root carries xmi:version="2.0", which says nothing about the model
                context.takeUnknownAttribute(context.model(), "version"); //$NON-NLS-1$
            }
        });
        return registry;
    }

    /** @throws IllegalArgumentException when the versions are not increasing or the step is already registered */
    public synchronized void register(IModelMigration migration) {
        int from = migration.fromVersion();
        int to = migration.toVersion();
        if (from < 0 || to <= from) {
            throw new IllegalArgumentException("migration must go to a higher version: " + from + " -> " + to); //$NON-NLS-1$ //$NON-NLS-2$
        }
        TreeMap<Integer, IModelMigration> steps = byFrom.computeIfAbsent(from, k -> new TreeMap<>());
        if (steps.containsKey(to)) {
            throw new IllegalArgumentException("a migration " + from + " -> " + to + " is already registered"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        steps.put(to, migration);
    }

    /**
     * The migrations that lead from {@code from} to {@code to}, taking the longest step that does not
     * overshoot each time.
     *
     * @throws IllegalStateException with a user message when there is no such path
     */
    public synchronized List<IModelMigration> path(int from, int to) {
        List<IModelMigration> path = new ArrayList<>();
        int version = from;
        while (version < to) {
            TreeMap<Integer, IModelMigration> steps = byFrom.get(version);
            Map.Entry<Integer, IModelMigration> step = steps == null ? null : steps.floorEntry(to);
            if (step == null) {
                throw new IllegalStateException(NLS.bind(Messages.Cause_noMigration, version, to));
            }
            path.add(step.getValue());
            version = step.getKey();
        }
        return path;
    }
}
