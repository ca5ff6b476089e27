package vn.egov.workbench.inspection.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import javax.sql.DataSource;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.osgi.util.NLS;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.InspectionPackage;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.RuleResult;
import vn.egov.workbench.inspection.rules.StatusTransitions;
import vn.egov.workbench.inspection.store.internal.AuditGuard;
import vn.egov.workbench.inspection.store.internal.BulkWriter;
import vn.egov.workbench.inspection.store.internal.CaseIndex;
import vn.egov.workbench.inspection.store.internal.CaseQuerySql;
import vn.egov.workbench.inspection.store.internal.Flattener;
import vn.egov.workbench.inspection.store.internal.H2WriteDelay;
import vn.egov.workbench.inspection.store.internal.Mapper;
import vn.egov.workbench.inspection.store.internal.Migrator;
import vn.egov.workbench.inspection.store.internal.YearTotals;

/**
 * The inspection data on JDBC (embedded H2 or PostgreSQL) behind a HikariCP pool. Every write runs
 * in one transaction with its audit entries: it is saved whole or not at all. Saves are
 * optimistic: an object saved by someone else since it was loaded is refused with a conflict and
 * nothing is overwritten. A status change out of the legal order is refused before any write.
 * Thread-safe; close it when done.
 */
public final class InspectionStore implements AutoCloseable {

    private static final InspectionPackage P = InspectionPackage.eINSTANCE;
    private static final String CASE_SEARCH_MIGRATION = "004-case-search.sql"; //$NON-NLS-1$

    private final StoreConfig config;
    private final HikariDataSource pool;
    private final H2WriteDelay writeDelay = new H2WriteDelay();

    private InspectionStore(StoreConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    /** Opens the database, creating (H2) and migrating its schema as needed. */
    public static InspectionStore open(StoreConfig config) {
        // HikariCP logs through SLF4J, whose no-op provider (slf4j.nop) is not started in the product (starting it
        // makes SPI Fly log at every start); without it SLF4J prints a 3-line warning: we report errors ourselves
        if (System.getProperty("slf4j.internal.verbosity") == null) { //$NON-NLS-1$
            System.setProperty("slf4j.internal.verbosity", "ERROR"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (config.isEmbedded()) {
            AuditGuard.register(); // before H2 opens a database whose audit_log has the guard trigger
        }
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(dataSource(config));
        hc.setPoolName("egov-inspections"); //$NON-NLS-1$
        hc.setMaximumPoolSize(config.isEmbedded() ? 4 : 8);
        hc.setAutoCommit(true);
        hc.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            // the default initialisation check fails at once, with the driver's own message
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException(StoreException.Kind.DATABASE,
                    NLS.bind(Messages.Store_cannotOpen, config, cause.getMessage()), e);
        }
        InspectionStore store = new InspectionStore(config, pool);
        try (Connection c = pool.getConnection()) {
            List<String> applied = Migrator.builtIn().migrate(c);
            if (config.isEmbedded()) {
                H2WriteDelay.reset(c);
            }
            if (applied.contains(CASE_SEARCH_MIGRATION)) {
                // the search columns of the rows already there: folding text needs Java, not SQL
                c.setAutoCommit(false);
                CaseIndex.backfill(c);
                c.commit();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            pool.close();
            throw new StoreException(StoreException.Kind.DATABASE,
                    NLS.bind(Messages.Store_cannotOpen, config, e.getMessage()), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return store;
    }

    /** The default embedded database, with the 2020 sample loaded the first time. */
    public static InspectionStore openDefault() {
        InspectionStore store = open(StoreConfig.defaultEmbedded());
        SampleData2020.loadIfEmpty(store);
        return store;
    }

    private static DataSource dataSource(StoreConfig config) {
        // data sources instead of DriverManager: in OSGi the driver bundles are not on our class path
        if (config.isEmbedded()) {
            org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
            h2.setURL(h2Url(config.url()));
            // H2's own default account, so "--db jdbc:h2:file:..." needs no user
            h2.setUser(config.user() == null ? "sa" : config.user()); //$NON-NLS-1$
            h2.setPassword(config.password() == null ? "" : config.password()); //$NON-NLS-1$
            return h2;
        }
        org.postgresql.ds.PGSimpleDataSource pg = new org.postgresql.ds.PGSimpleDataSource();
        pg.setURL(config.url());
        // batched INSERTs travel as multi-row statements (bulk imports use COPY; see BulkWriter)
        pg.setReWriteBatchedInserts(true);
        if (config.user() != null) {
            pg.setUser(config.user());
        }
        if (config.password() != null) {
            pg.setPassword(config.password());
        }
        return pg;
    }

    /**
     * The H2 URL with a page cache that fits the data: H2's default of 16 MB holds a small part of the
     * indexes of a database with a million records, so every import re-read index pages from disk
     * (a quarter of a 100,000-record import's time went to reading pages evicted a moment before). A
     * sixteenth of the heap, between 16 and 256 MB; a CACHE_SIZE in the URL itself wins.
     */
    static String h2Url(String url) {
        if (url.toUpperCase(java.util.Locale.ROOT).contains(";CACHE_SIZE=")) { //$NON-NLS-1$
            return url;
        }
        long kb = Runtime.getRuntime().maxMemory() / 16 / 1024;
        kb = Math.max(16 * 1024, Math.min(256 * 1024, kb));
        return url + ";CACHE_SIZE=" + kb; //$NON-NLS-1$
    }

    public StoreConfig config() {
        return config;
    }

    /** Saves a new or changed subject. */
    public void saveSubject(InspectedSubject subject, String actor) {
        save(subject, actor);
    }

    /** Saves a new or changed round; its subjects must be saved already. */
    public void saveRound(InspectionRound round, String actor) {
        save(round, actor);
    }

    /** Saves a new or changed case (violation record with its decision, payments ...). */
    public void saveCase(ViolationRecord record, String actor) {
        save(record, actor);
    }

    public InspectionRound loadRound(long id) {
        return load(P.getInspectionRound(), id);
    }

    public InspectedSubject loadSubject(long id) {
        return load(P.getInspectedSubject(), id);
    }

    public ViolationRecord loadCase(long id) {
        return load(P.getViolationRecord(), id);
    }

    /** The rounds whose decision is dated in the year, oldest first. */
    public List<InspectionRound> rounds(int year) {
        return loadAll(P.getInspectionRound(), "decision_date >= ? AND decision_date < ?", //$NON-NLS-1$
                LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
    }

    /** The cases recorded in the year, oldest first. */
    public List<ViolationRecord> cases(int year) {
        return loadAll(P.getViolationRecord(), "recorded_at >= ? AND recorded_at < ?", //$NON-NLS-1$
                LocalDateTime.of(year, 1, 1, 0, 0), LocalDateTime.of(year + 1, 1, 1, 0, 0));
    }

    /**
     * One page of the Cases list: filtered, sorted, without loading whole cases. The same query with
     * {@link CaseQuery#page} gives the next pages; {@link #countCases} the number of all matches.
     */
    public Page<CaseRow> findCases(CaseQuery query) {
        return query(c -> CaseQuerySql.find(c, query));
    }

    /** How many cases match the query's filters (its sort and page do not matter). */
    public long countCases(CaseQuery query) {
        return query(c -> CaseQuerySql.count(c, query));
    }

    /**
     * Inserts many new objects (e.g. an imported file) in one transaction with JDBC batches: all or
     * nothing. Order as for {@link #saveAll}; violation records next to each other in the list are
     * written in the order of their recorded time (for speed; only their ids show it). Legal checks
     * are the caller's (the importer validates every row first). The audit log gets one entry per
     * top-level object: field "(import)", new value {@code source}, e.g. the imported file names.
     * On H2 the data has been written to disk when this returns (a checkpoint after the commit).
     */
    public void importAll(List<? extends Entity> entities, String actor, String source) {
        Objects.requireNonNull(actor, "actor"); //$NON-NLS-1$
        Runnable work = () -> inTransaction(c -> {
            BulkWriter.insertAll(c, entities, actor, source);
            return null;
        }, entities.toArray(Entity[]::new));
        if (config.isEmbedded()) {
            writeDelay.around(this::query, work);
        } else {
            work.run();
        }
    }

    /** The audit log of one case, oldest first. */
    public List<AuditEntry> audit(long caseId) {
        return auditOf(P.getViolationRecord().getName(), caseId);
    }

    public List<AuditEntry> auditOf(String entity, long id) {
        return query(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, changed_at, actor, entity, entity_id, field, " //$NON-NLS-1$
                    + "old_value, new_value FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id")) { //$NON-NLS-1$
                p.setString(1, entity);
                p.setLong(2, id);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.add(new AuditEntry(r.getLong(1), r.getTimestamp(2).toLocalDateTime(), r.getString(3),
                                r.getString(4), r.getLong(5), r.getString(6), r.getString(7), r.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The figures of a year: rounds, records, decisions, total fines, collected. One row of the
     * year_totals table, which every write keeps up to date in its own transaction.
     */
    public YearSummary summary(int year) {
        return query(c -> YearTotals.read(c, year));
    }

    /**
     * Saves several objects in one transaction, in the given order (subjects before the rounds and
     * cases that refer to them): all are saved or none.
     */
    public void saveAll(List<? extends Entity> entities, String actor) {
        Objects.requireNonNull(actor, "actor"); //$NON-NLS-1$
        inTransaction(c -> {
            YearTotals totals = new YearTotals();
            for (Entity e : entities) {
                saveIn(c, e, actor, totals);
            }
            totals.write(c);
            return null;
        }, entities.toArray(Entity[]::new));
    }

    private void save(Entity e, String actor) {
        saveAll(List.of(e), actor);
    }

    private void saveIn(Connection c, Entity e, String actor, YearTotals totals) throws SQLException {
        Map<String, String> before;
        if (e.getId() == 0) {
            before = Map.of();
            Mapper.insert(c, e);
        } else {
            Entity stored = Mapper.load(c, e.eClass(), e.getId(), Mapper.Resolver.caching(c, new HashMap<>()));
            if (stored == null) {
                throw new StoreException(StoreException.Kind.NOT_FOUND,
                        NLS.bind(Messages.Store_notFound, e.eClass().getName(), e.getId()));
            }
            if (stored.getVersion() != e.getVersion()) {
                throw conflict(c, e, stored.getVersion());
            }
            checkStatus(stored, e);
            before = Flattener.flatten(stored);
            totals.remove(stored);
            if (!Mapper.update(c, e)) {
                // saved by someone else between our read and our update
                throw conflict(c, e, Mapper.storedVersion(c, e.eClass(), e.getId()));
            }
        }
        totals.add(e);
        CaseIndex.afterSave(c, e);
        writeAudit(c, actor, e, before, Flattener.flatten(e));
    }

    private static void checkStatus(Entity stored, Entity changed) {
        RuleResult result = RuleResult.ok();
        if (stored instanceof ViolationRecord s && changed instanceof ViolationRecord n && s.getStatus() != n.getStatus()) {
            result = StatusTransitions.check(s.getStatus(), n.getStatus());
        } else if (stored instanceof InspectionRound s && changed instanceof InspectionRound n
                && s.getStatus() != n.getStatus()) {
            result = StatusTransitions.check(s.getStatus(), n.getStatus());
        }
        if (!result.isOk()) {
            throw new StoreException(StoreException.Kind.RULE, result.message(java.util.Locale.getDefault()));
        }
    }

    private StoreException conflict(Connection c, Entity e, int storedVersion) throws SQLException {
        if (storedVersion < 0) {
            return new StoreException(StoreException.Kind.NOT_FOUND,
                    NLS.bind(Messages.Store_notFound, e.eClass().getName(), e.getId()));
        }
        String who = "?"; //$NON-NLS-1$
        String when = "?"; //$NON-NLS-1$
        try (PreparedStatement p = c.prepareStatement("SELECT actor, changed_at FROM audit_log WHERE entity = ? AND entity_id = ? " //$NON-NLS-1$
                + "ORDER BY id DESC")) { //$NON-NLS-1$
            p.setString(1, e.eClass().getName());
            p.setLong(2, e.getId());
            p.setMaxRows(1);
            try (ResultSet r = p.executeQuery()) {
                if (r.next()) {
                    who = r.getString(1);
                    when = r.getTimestamp(2).toLocalDateTime().withNano(0).toString().replace('T', ' ');
                }
            }
        }
        return new StoreException(StoreException.Kind.CONFLICT, NLS.bind(Messages.Store_conflict,
                new Object[] { label(e), who, when, e.getVersion(), storedVersion }));
    }

    private static String label(Entity e) {
        String number = e instanceof ViolationRecord r ? r.getNumber()
                : e instanceof InspectionRound r ? r.getDecisionNumber()
                        : e instanceof InspectedSubject s ? s.getName() : null;
        return e.eClass().getName() + " " + (number == null ? "#" + e.getId() : number); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static void writeAudit(Connection c, String actor, Entity e, Map<String, String> before,
            Map<String, String> after) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        Set<String> fields = new LinkedHashSet<>(before.keySet());
        fields.addAll(after.keySet());
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (changed_at, actor, entity, entity_id, field, " //$NON-NLS-1$
                + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            for (String f : fields) {
                String old = before.get(f);
                String neu = after.get(f);
                if (Objects.equals(old, neu)) {
                    continue;
                }
                p.setTimestamp(1, now);
                p.setString(2, actor);
                p.setString(3, e.eClass().getName());
                p.setLong(4, e.getId());
                p.setString(5, f);
                p.setString(6, cut(old));
                p.setString(7, cut(neu));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3999) + '\u2026';
    }

    @SuppressWarnings("unchecked")
    private <T extends Entity> T load(EClass type, long id) {
        return query(c -> (T) Mapper.load(c, type, id, Mapper.Resolver.caching(c, new HashMap<>())));
    }

    @SuppressWarnings("unchecked")
    private <T extends Entity> List<T> loadAll(EClass type, String where, Object... args) {
        return query(c -> {
            Mapper.Resolver resolver = Mapper.Resolver.caching(c, new HashMap<>());
            List<T> out = new ArrayList<>();
            for (long id : Mapper.ids(c, type, where, args)) {
                out.add((T) resolver.resolve(type, id));
            }
            return out;
        });
    }

    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs read-only work. */
    public <T> T query(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, NLS.bind(Messages.Store_failed, e.getMessage()), e);
        }
    }

    /**
     * Runs work in one transaction: committed if it returns, rolled back if it throws. On rollback
     * the ids and versions that {@code touched} objects got during the work are put back.
     */
    public <T> T inTransaction(Work<T> work, Entity... touched) {
        long[] ids = new long[touched.length];
        int[] versions = new int[touched.length];
        for (int i = 0; i < touched.length; i++) {
            ids[i] = touched[i].getId();
            versions[i] = touched[i].getVersion();
        }
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                for (int i = 0; i < touched.length; i++) {
                    touched[i].setId(ids[i]);
                    touched[i].setVersion(versions[i]);
                }
                if (e instanceof SQLException sql) {
                    throw new StoreException(StoreException.Kind.DATABASE, NLS.bind(Messages.Store_failed, sql.getMessage()), sql);
                }
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.DATABASE, NLS.bind(Messages.Store_failed, e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
