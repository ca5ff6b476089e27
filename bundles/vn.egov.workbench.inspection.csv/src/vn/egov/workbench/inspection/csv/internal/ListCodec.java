package vn.egov.workbench.inspection.csv.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists inside one CSV cell: items separated by ";", the fields of an item by "|", a backslash
 * escapes either (and itself). "Cục QLTT; Công an tỉnh" is two items; "Đ7 k3 | 5000000" two fields.
 * Spaces around items and fields are dropped. Chosen over extra files per list so that each file
 * type keeps one row per object, as inspectors keep them in spreadsheets.
 */
public final class ListCodec {

    private ListCodec() {
    }

    public static String encode(List<String> items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.add(escape(item == null ? "" : item)); //$NON-NLS-1$
        }
        return String.join("; ", out); //$NON-NLS-1$
    }

    /** Items of fields: "a | b; c | d". Null fields are written empty. */
    public static String encodeRows(List<List<String>> rows) {
        List<String> out = new ArrayList<>();
        for (List<String> fields : rows) {
            out.add(String.join(" | ", fields.stream().map(f -> escape(f == null ? "" : f)).toList())); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return String.join("; ", out); //$NON-NLS-1$
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace("|", "\\|").replace("\n", " "); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
    }

    /** The items of a cell; an empty cell has none. */
    public static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        for (List<String> fields : split(cell, true)) {
            out.add(fields.get(0));
        }
        return out;
    }

    /** The items of a cell, each split into fields. */
    public static List<List<String>> rows(String cell) {
        return split(cell, false);
    }

    private static List<List<String>> split(String cell, boolean keepBars) {
        List<List<String>> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\\' && i + 1 < cell.length()) {
                cur.append(cell.charAt(++i));
            } else if (ch == '|' && !keepBars) {
                fields.add(cur.toString().strip());
                cur.setLength(0);
            } else if (ch == ';') {
                fields.add(cur.toString().strip());
                out.add(fields);
                fields = new ArrayList<>();
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        fields.add(cur.toString().strip());
        out.add(fields);
        return out;
    }
}
