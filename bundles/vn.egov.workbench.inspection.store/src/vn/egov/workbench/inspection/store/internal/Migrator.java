package vn.egov.workbench.inspection.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.store.Messages;
import vn.egov.workbench.inspection.store.StoreException;

/**
 * Applies numbered SQL files in order, each in its own transaction, and records them in
 * {@code schema_version} with a SHA-256 checksum. A changed applied file stops the start: the
 * database no longer matches what the code expects. Chosen over Liquibase/Flyway because those scan
 * the class path (awkward in OSGi) and we need only "apply the next files once".
 */
public final class Migrator {

    /** The migrations shipped in this bundle (migrations/index.txt). */
    public static final String BUILT_IN = "/migrations/"; //$NON-NLS-1$

    private final Function<String, InputStream> files;

    /** @param files opens a file of the migration folder by name (index.txt and the SQL files) */
    public Migrator(Function<String, InputStream> files) {
        this.files = files;
    }

    public static Migrator builtIn() {
        return new Migrator(name -> Migrator.class.getResourceAsStream(BUILT_IN + name));
    }

    /** Applies what is missing; returns the names applied by this call. */
    public List<String> migrate(Connection c) throws SQLException {
        Map<String, String> wanted = new LinkedHashMap<>();
        String dialect = dialect(c);
        for (String name : index()) {
            wanted.put(name, readFor(name, dialect));
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            ensureTable(c);
            Map<String, String> applied = applied(c);
            List<String> done = new ArrayList<>();
            int version = 0;
            for (Map.Entry<String, String> m : wanted.entrySet()) {
                version++;
                String sum = checksum(m.getValue());
                String had = applied.get(m.getKey());
                if (had != null) {
                    if (!had.equals(sum)) {
                        throw new StoreException(StoreException.Kind.MIGRATION,
                                NLS.bind(Messages.Migration_changed, m.getKey()));
                    }
                    continue;
                }
                apply(c, version, m.getKey(), m.getValue(), sum);
                done.add(m.getKey());
            }
            return done;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private void apply(Connection c, int version, String name, String sql, String sum) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String statement : statements(sql)) {
                s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)")) { //$NON-NLS-1$
                p.setInt(1, version);
                p.setString(2, name);
                p.setString(3, sum);
                p.setTimestamp(4, Timestamp.valueOf(LocalDateTime.now()));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw new StoreException(StoreException.Kind.MIGRATION,
                    NLS.bind(Messages.Migration_failed, name, e.getMessage()), e);
        }
    }

    private static void ensureTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, " //$NON-NLS-1$
                    + "name VARCHAR(200) NOT NULL, checksum CHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)"); //$NON-NLS-1$
        }
        c.commit();
    }

    private static Map<String, String> applied(Connection c) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT name, checksum FROM schema_version ORDER BY version")) { //$NON-NLS-1$
            while (r.next()) {
                result.put(r.getString(1), r.getString(2).trim());
            }
        }
        return result;
    }

    List<String> index() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\\R")) { //$NON-NLS-1$ //$NON-NLS-2$
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) { //$NON-NLS-1$
                names.add(name);
            }
        }
        return names;
    }

    /** "h2" or "postgresql": picks NNN-name.DIALECT.sql where a migration needs each database's own SQL. */
    static String dialect(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
        return product.contains("postgres") ? "postgresql" : "h2"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** The dialect's own file NNN-name.DIALECT.sql when there is one, else the file itself. */
    private String readFor(String name, String dialect) {
        if (name.endsWith(".sql")) { //$NON-NLS-1$
            String own = name.substring(0, name.length() - 4) + '.' + dialect + ".sql"; //$NON-NLS-1$
            try (InputStream in = files.apply(own)) {
                if (in != null) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                throw new StoreException(StoreException.Kind.MIGRATION, NLS.bind(Messages.Migration_missing, own), e);
            }
        }
        return read(name);
    }

    private String read(String name) {
        try (InputStream in = files.apply(name)) {
            if (in == null) {
                throw new StoreException(StoreException.Kind.MIGRATION, NLS.bind(Messages.Migration_missing, name));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.MIGRATION, NLS.bind(Messages.Migration_missing, name), e);
        }
    }

    /** Splits a script at semicolons that end a line; "--" comment lines are dropped. */
    static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) { //$NON-NLS-1$
            String t = line.strip();
            if (t.startsWith("--") || t.isEmpty()) { //$NON-NLS-1$
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) { //$NON-NLS-1$
                String s = current.toString().strip();
                result.add(s.substring(0, s.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }

    static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256") //$NON-NLS-1$
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
