package vn.egov.workbench.inspection.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.model.InspectionPackage;

/**
 * Writes and reads model objects by EMF reflection, so the schema follows model/inspection.ecore
 * without a hand-written mapping per class: a class is a table (CamelCase to snake_case), a
 * single-valued attribute a column, a many-valued text attribute one column of lines, a reference
 * to another saved object an {@code xxx_id} column, a many-reference a join table, and contained
 * objects rows of their own table with {@code parent_id} and {@code seq}. No SQL is built from user
 * input: every name comes from the metamodel.
 */
public final class Mapper {

    private static final EAttribute ID = InspectionPackage.Literals.ENTITY__ID;
    private static final EAttribute VERSION = InspectionPackage.Literals.ENTITY__VERSION;

    private Mapper() {
    }

    public static String table(EClass c) {
        return snake(c.getName());
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Inserts a new top-level object and its contents; sets its id and version 1. */
    public static void insert(Connection c, Entity e) throws SQLException {
        List<EStructuralFeature> cols = columns(e.eClass());
        List<String> names = new ArrayList<>(cols.stream().map(Mapper::column).toList());
        names.add("version"); //$NON-NLS-1$
        String sql = "INSERT INTO " + table(e.eClass()) + " (" + String.join(", ", names) + ") VALUES (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        try (PreparedStatement p = c.prepareStatement(sql, new String[] { "id" })) { //$NON-NLS-1$
            int i = bind(p, e, cols);
            p.setInt(i, 1);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                e.setId(keys.getLong(1));
            }
        }
        e.setVersion(1);
        writeContents(c, e);
    }

    /**
     * Updates a top-level object if its stored version is still the one it was loaded with, and
     * replaces its contents. Returns false (and writes nothing) when the version moved on.
     */
    public static boolean update(Connection c, Entity e) throws SQLException {
        List<EStructuralFeature> cols = columns(e.eClass());
        StringBuilder sql = new StringBuilder("UPDATE ").append(table(e.eClass())).append(" SET "); //$NON-NLS-1$ //$NON-NLS-2$
        for (EStructuralFeature f : cols) {
            sql.append(column(f)).append(" = ?, "); //$NON-NLS-1$
        }
        sql.append("version = version + 1 WHERE id = ? AND version = ?"); //$NON-NLS-1$
        try (PreparedStatement p = c.prepareStatement(sql.toString())) {
            int i = bind(p, e, cols);
            p.setLong(i++, e.getId());
            p.setInt(i, e.getVersion());
            if (p.executeUpdate() != 1) {
                return false;
            }
        }
        for (EReference r : e.eClass().getEAllReferences()) {
            String sqlDelete = r.isContainment() ? "DELETE FROM " + table(r.getEReferenceType()) + " WHERE parent_id = ?" //$NON-NLS-1$ //$NON-NLS-2$
                    : r.isMany() ? "DELETE FROM " + joinTable(r) + " WHERE owner_id = ?" : null; //$NON-NLS-1$ //$NON-NLS-2$
            if (sqlDelete != null) {
                try (PreparedStatement p = c.prepareStatement(sqlDelete)) {
                    p.setLong(1, e.getId());
                    p.executeUpdate();
                }
            }
        }
        writeContents(c, e);
        e.setVersion(e.getVersion() + 1);
        return true;
    }

    /** The stored version of a top-level object, or -1 when there is none. */
    public static int storedVersion(Connection c, EClass type, long id) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT version FROM " + table(type) + " WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : -1;
            }
        }
    }

    private static void writeContents(Connection c, EObject owner) throws SQLException {
        long ownerId = owner instanceof Entity e ? e.getId() : -1;
        for (EReference r : owner.eClass().getEAllReferences()) {
            if (r.isContainment()) {
                int seq = 0;
                for (EObject child : values(owner, r)) {
                    insertChild(c, child, ownerId, seq++);
                }
            } else if (r.isMany()) {
                int seq = 0;
                for (EObject target : values(owner, r)) {
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO " + joinTable(r) + " (owner_id, seq, target_id) VALUES (?, ?, ?)")) { //$NON-NLS-1$ //$NON-NLS-2$
                        p.setLong(1, ownerId);
                        p.setInt(2, seq++);
                        p.setLong(3, savedId(target, r));
                        p.executeUpdate();
                    }
                }
            }
        }
    }

    private static void insertChild(Connection c, EObject child, long parentId, int seq) throws SQLException {
        List<EStructuralFeature> cols = columns(child.eClass());
        List<String> names = new ArrayList<>(List.of("parent_id", "seq")); //$NON-NLS-1$ //$NON-NLS-2$
        names.addAll(cols.stream().map(Mapper::column).toList());
        String sql = "INSERT INTO " + table(child.eClass()) + " (" + String.join(", ", names) + ") VALUES (" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long id;
        try (PreparedStatement p = c.prepareStatement(sql, new String[] { "id" })) { //$NON-NLS-1$
            p.setLong(1, parentId);
            p.setInt(2, seq);
            bindFrom(p, child, cols, 3);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        for (EReference r : child.eClass().getEAllReferences()) {
            if (r.isContainment()) {
                int s = 0;
                for (EObject grandChild : values(child, r)) {
                    insertChild(c, grandChild, id, s++);
                }
            }
        }
    }

    /**
     * Reads a top-level object with its contents. References to other top-level objects are resolved
     * through {@code resolver} (type, id). Returns null when there is no such row.
     */
    public static <T extends Entity> T load(Connection c, EClass type, long id, Resolver resolver) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT * FROM " + table(type) + " WHERE id = ?")) { //$NON-NLS-1$ //$NON-NLS-2$
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                @SuppressWarnings("unchecked")
                T e = (T) EcoreUtil.create(type);
                e.setId(id);
                e.setVersion(r.getInt("version")); //$NON-NLS-1$
                read(r, e, resolver);
                readContents(c, e, id, resolver);
                return e;
            }
        }
    }

    /** Ids of a top-level table matching a condition on its own columns, e.g. a date range. */
    public static List<Long> ids(Connection c, EClass type, String where, Object... args) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM " + table(type) //$NON-NLS-1$
                + (where == null ? "" : " WHERE " + where) + " ORDER BY id")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            for (int i = 0; i < args.length; i++) {
                p.setObject(i + 1, args[i]);
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void readContents(Connection c, EObject owner, long ownerId, Resolver resolver) throws SQLException {
        for (EReference ref : owner.eClass().getEAllReferences()) {
            if (ref.isContainment()) {
                EClass type = ref.getEReferenceType();
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT * FROM " + table(type) + " WHERE parent_id = ? ORDER BY seq")) { //$NON-NLS-1$ //$NON-NLS-2$
                    p.setLong(1, ownerId);
                    List<Object[]> children = new ArrayList<>();
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            EObject child = EcoreUtil.create(type);
                            read(r, child, resolver);
                            children.add(new Object[] { child, r.getLong("id") }); //$NON-NLS-1$
                        }
                    }
                    for (Object[] child : children) {
                        readContents(c, (EObject) child[0], (Long) child[1], resolver);
                        add(owner, ref, (EObject) child[0]);
                    }
                }
            } else if (ref.isMany()) {
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT target_id FROM " + joinTable(ref) + " WHERE owner_id = ? ORDER BY seq")) { //$NON-NLS-1$ //$NON-NLS-2$
                    p.setLong(1, ownerId);
                    List<Long> targets = new ArrayList<>();
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            targets.add(r.getLong(1));
                        }
                    }
                    for (long t : targets) {
                        add(owner, ref, resolver.resolve(ref.getEReferenceType(), t));
                    }
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void add(EObject owner, EReference ref, EObject value) {
        if (ref.isMany()) {
            ((EList<EObject>) owner.eGet(ref)).add(value);
        } else {
            owner.eSet(ref, value);
        }
    }

    private static void read(ResultSet r, EObject o, Resolver resolver) throws SQLException {
        for (EStructuralFeature f : columns(o.eClass())) {
            String col = column(f);
            if (f instanceof EReference ref) {
                long target = r.getLong(col);
                if (!r.wasNull()) {
                    o.eSet(ref, resolver.resolve(ref.getEReferenceType(), target));
                }
                continue;
            }
            EAttribute a = (EAttribute) f;
            Class<?> type = a.getEAttributeType().getInstanceClass();
            Object value;
            if (a.isMany()) {
                String text = r.getString(col);
                if (text != null && !text.isEmpty()) {
                    eList(o, a).addAll(Arrays.asList(text.split("\n", -1))); //$NON-NLS-1$
                }
                continue;
            } else if (type == LocalDate.class || type == LocalDateTime.class) {
                value = r.getObject(col, type);
            } else if (type == long.class) {
                value = r.getLong(col);
            } else if (type == int.class) {
                value = r.getInt(col);
            } else if (type == boolean.class) {
                value = r.getBoolean(col);
            } else if (type == String.class) {
                value = r.getString(col);
            } else {
                String text = r.getString(col);
                value = text == null ? null : EcoreUtil.createFromString(a.getEAttributeType(), text);
            }
            o.eSet(a, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static EList<Object> eList(EObject o, EAttribute a) {
        return (EList<Object>) o.eGet(a);
    }

    private static int bind(PreparedStatement p, EObject o, List<EStructuralFeature> cols) throws SQLException {
        return bindFrom(p, o, cols, 1);
    }

    static int bindFrom(PreparedStatement p, EObject o, List<EStructuralFeature> cols, int start)
            throws SQLException {
        int i = start;
        for (EStructuralFeature f : cols) {
            Object v = o.eGet(f);
            if (f instanceof EReference ref) {
                if (v == null) {
                    p.setNull(i++, Types.BIGINT);
                } else {
                    p.setLong(i++, savedId((EObject) v, ref));
                }
                continue;
            }
            EAttribute a = (EAttribute) f;
            if (a.isMany()) {
                List<String> lines = ((List<?>) v).stream().map(x -> String.valueOf(x).replace('\n', ' ')).toList();
                p.setString(i++, lines.isEmpty() ? null : String.join("\n", lines)); //$NON-NLS-1$
            } else if (v == null) {
                p.setNull(i++, sqlType(a));
            } else if (v instanceof LocalDate || v instanceof LocalDateTime || v instanceof Number
                    || v instanceof Boolean || v instanceof String) {
                p.setObject(i++, v);
            } else {
                p.setString(i++, EcoreUtil.convertToString(a.getEAttributeType(), v));
            }
        }
        return i;
    }

    /**
     * The values {@link #bindFrom} would bind, as PostgreSQL's COPY text format reads them: tab between
     * fields, {@code \N} for null, backslash escapes for backslash, tab and line breaks (the bulk path
     * on PostgreSQL, see BulkWriter).
     */
    static void copyFrom(StringBuilder row, EObject o, List<EStructuralFeature> cols) {
        for (EStructuralFeature f : cols) {
            Object v = o.eGet(f);
            if (f instanceof EReference ref) {
                copyField(row, v == null ? null : savedId((EObject) v, ref));
                continue;
            }
            EAttribute a = (EAttribute) f;
            if (a.isMany()) {
                List<String> lines = ((List<?>) v).stream().map(x -> String.valueOf(x).replace('\n', ' ')).toList();
                copyField(row, lines.isEmpty() ? null : String.join("\n", lines)); //$NON-NLS-1$
            } else if (v == null || v instanceof LocalDate || v instanceof LocalDateTime || v instanceof Number
                    || v instanceof Boolean || v instanceof String) {
                copyField(row, v);
            } else {
                copyField(row, EcoreUtil.convertToString(a.getEAttributeType(), v));
            }
        }
    }

    /** One field of a COPY text row, followed by a tab ({@link #copyEnd} turns the row's last into the line end). */
    static void copyField(StringBuilder row, Object v) {
        if (v == null) {
            row.append("\\N\t"); //$NON-NLS-1$
            return;
        }
        String s = v instanceof Boolean b ? (b ? "t" : "f") //$NON-NLS-1$ //$NON-NLS-2$
                : v instanceof LocalDateTime t ? t.toLocalDate() + " " + t.toLocalTime() : v.toString(); //$NON-NLS-1$
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
            case '\\' -> row.append("\\\\"); //$NON-NLS-1$
            case '\n' -> row.append("\\n"); //$NON-NLS-1$
            case '\r' -> row.append("\\r"); //$NON-NLS-1$
            case '\t' -> row.append("\\t"); //$NON-NLS-1$
            default -> row.append(ch);
            }
        }
        row.append('\t');
    }

    /** Ends a COPY text row: its last tab becomes the line end. */
    static void copyEnd(StringBuilder row) {
        row.setCharAt(row.length() - 1, '\n');
    }

    private static int sqlType(EAttribute a) {
        Class<?> t = a.getEAttributeType().getInstanceClass();
        return t == LocalDate.class ? Types.DATE : t == LocalDateTime.class ? Types.TIMESTAMP : Types.VARCHAR;
    }

    static long savedId(EObject target, EReference ref) {
        if (target instanceof Entity e && e.getId() > 0) {
            return e.getId();
        }
        throw new IllegalStateException(ref.getName() + " refers to an object that is not saved yet"); //$NON-NLS-1$
    }

    @SuppressWarnings("unchecked")
    static List<EObject> values(EObject owner, EReference r) {
        Object v = owner.eGet(r);
        return r.isMany() ? (List<EObject>) v : v == null ? List.of() : List.of((EObject) v);
    }

    /** The single-valued features stored in the object's own row (attributes and plain references). */
    static List<EStructuralFeature> columns(EClass c) {
        List<EStructuralFeature> cols = new ArrayList<>();
        for (EAttribute a : c.getEAllAttributes()) {
            if (a != ID && a != VERSION && !a.isTransient() && !a.isDerived()) {
                cols.add(a);
            }
        }
        for (EReference r : c.getEAllReferences()) {
            if (!r.isContainment() && !r.isMany() && !r.isContainer()) {
                cols.add(r);
            }
        }
        return cols;
    }

    static String column(EStructuralFeature f) {
        return snake(f.getName()) + (f instanceof EReference ? "_id" : ""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static String joinTable(EReference r) {
        return table(r.getEContainingClass()) + "_" + snake(r.getName()); //$NON-NLS-1$
    }

    /** Looks up another top-level object by type and id while loading. */
    @FunctionalInterface
    public interface Resolver {
        EObject resolve(EClass type, long id) throws SQLException;

        /** A resolver that loads each object once per call chain. */
        static Resolver caching(Connection c, Map<String, EObject> cache) {
            return new Resolver() {
                @Override
                public EObject resolve(EClass type, long id) throws SQLException {
                    String key = type.getName() + '#' + id;
                    EObject hit = cache.get(key);
                    if (hit == null) {
                        hit = load(c, type, id, this);
                        cache.put(key, hit);
                    }
                    return hit;
                }
            };
        }
    }


}
