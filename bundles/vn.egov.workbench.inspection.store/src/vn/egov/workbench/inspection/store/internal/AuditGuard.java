package vn.egov.workbench.inspection.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;
import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * The H2 trigger behind migration 003: refuses every UPDATE and DELETE on audit_log, so the log is
 * append-only for every client of the database, not only for the store. H2 loads trigger classes by
 * name from its own bundle, which cannot see ours in OSGi: {@link #register()} hands it this class.
 */
public final class AuditGuard implements Trigger {

    private static boolean registered;

    /** Lets H2 load this trigger class; call before opening an H2 database. Idempotent. */
    public static synchronized void register() {
        if (registered) {
            return;
        }
        JdbcUtils.addClassFactory(new Utils.ClassFactory() {
            @Override
            public boolean match(String name) {
                return AuditGuard.class.getName().equals(name);
            }

            @Override
            public Class<?> loadClass(String name) {
                return AuditGuard.class;
            }
        });
        registered = true;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        // SQLState 42501 = insufficient privilege, as PostgreSQL's trigger reports it
        throw new SQLException("audit_log is append-only: " + (newRow == null ? "DELETE" : "UPDATE") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + " refused", "42501"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
