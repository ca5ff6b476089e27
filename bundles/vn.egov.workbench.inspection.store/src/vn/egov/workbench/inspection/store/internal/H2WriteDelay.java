package vn.egov.workbench.inspection.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;

import vn.egov.workbench.inspection.store.InspectionStore.Work;

/**
 * H2's write delay during bulk imports. H2 writes the pages changed since its last store every
 * WRITE_DELAY ms (500 by default), also while a transaction is still open, so a long import writes
 * its hot index pages again and again. With 5 s only the other trigger is left: H2's MVStore also
 * stores whenever about 19 MB of changes are unsaved, which no database setting changes. In three
 * pairs of benchmark runs the 100,000-row import took 5.9-6.5 s with 5 s against 6.6-7.4 s with
 * 500 ms. When the last running import ends the delay goes back to 500 ms and a CHECKPOINT writes
 * everything at once, so that an import is on disk when it returns. WRITE_DELAY is stored in the
 * database file: {@link #reset} at every open puts it back after a process that died during an import.
 */
public final class H2WriteDelay {

    /** H2's default. */
    public static final int NORMAL_MS = 500;
    /** Bounds the changed pages held in memory between two stores of a very long import. */
    public static final int BULK_MS = 5000;

    private int running;

    /**
     * Runs a bulk write with the long delay, set before its transaction starts (SET commits the
     * current one) and put back after it ends, committed or not.
     *
     * @param onConnection runs a step on a connection of the store, e.g. {@code InspectionStore::query}
     */
    public void around(Consumer<Work<Void>> onConnection, Runnable work) {
        onConnection.accept(c -> {
            begin(c);
            return null;
        });
        Throwable failure = null;
        try {
            work.run();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                onConnection.accept(c -> {
                    end(c);
                    return null;
                });
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e); // the import's own failure is the one to report
            }
        }
    }

    private synchronized void begin(Connection c) throws SQLException {
        if (running == 0) {
            set(c, BULK_MS);
        }
        running++; // only once set: a failed begin has no end
    }

    private synchronized void end(Connection c) throws SQLException {
        if (--running == 0) {
            set(c, NORMAL_MS);
            try (Statement s = c.createStatement()) {
                s.execute("CHECKPOINT"); //$NON-NLS-1$
            }
        }
    }

    public static void reset(Connection c) throws SQLException {
        set(c, NORMAL_MS);
    }

    private static void set(Connection c, int ms) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + ms); //$NON-NLS-1$
        }
    }
}
