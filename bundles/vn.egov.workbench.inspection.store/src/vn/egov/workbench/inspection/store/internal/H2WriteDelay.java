package vn.egov.workbench.inspection.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2's write delay during bulk imports. H2 writes the pages changed since its last store every
 * WRITE_DELAY ms (500 by default), also while a transaction is still open, so a long import writes
 * its hot index pages again and again: with 5 s instead, H2's writer thread (which shares the 2
 * cores with the import) has a fraction of that work. When the last running import ends the
 * delay goes back to 500 ms and a CHECKPOINT writes everything at once, so that an import is on
 * disk when it returns. WRITE_DELAY is stored in the database file: {@link #reset} at every open
 * puts it back after a process that died during an import.
 */
public final class H2WriteDelay {

    /** H2's default. */
    public static final int NORMAL_MS = 500;
    /** Bounds the changed pages held in memory between two stores of a very long import. */
    public static final int BULK_MS = 5000;

    private int running;

    /** Before a bulk write, outside its transaction (SET commits the current one). */
    public synchronized void begin(Connection c) throws SQLException {
        if (running == 0) {
            set(c, BULK_MS);
        }
        running++; // only once set: a failed begin has no end
    }

    /** After a bulk write, committed or rolled back. */
    public synchronized void end(Connection c) throws SQLException {
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
