package vn.egov.workbench.architecture.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import vn.egov.workbench.architecture.model.Architecture;

/**
 * One JSON file (UTF-8, RFC 8259): {"model": {...}, "elements": [...], "relations": [...], "properties": [...]}. Every
 * value is a string or null, as in the model file; an element's kind-specific attributes are its "attributes"
 * object. Written by hand: the format is small and a JSON library would be the workbench's only use of one.
 */
final class JsonExport {

    private JsonExport() {
    }

    static void write(Architecture model, ExportData data, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"model\": {"); //$NON-NLS-1$
            w.write("\"id\": " + string(model.getId()) + ", \"name\": " + string(model.getName()) //$NON-NLS-1$ //$NON-NLS-2$
                    + ", \"province\": " + string(model.getProvince()) + ", \"frameworkVersion\": " //$NON-NLS-1$ //$NON-NLS-2$
                    + string(model.getFrameworkVersion()) + ", \"description\": " + string(model.getDescription()) //$NON-NLS-1$
                    + "},\n"); //$NON-NLS-1$
            array(w, "elements", data.elements, true); //$NON-NLS-1$
            w.write(",\n"); //$NON-NLS-1$
            array(w, "relations", data.relations, true); //$NON-NLS-1$
            w.write(",\n"); //$NON-NLS-1$
            array(w, "properties", data.properties, false); //$NON-NLS-1$
            w.write("\n}\n"); //$NON-NLS-1$
        }
    }

    private static void array(Writer w, String name, List<ExportData.Row> rows, boolean attributes) throws IOException {
        w.write("  " + string(name) + ": ["); //$NON-NLS-1$ //$NON-NLS-2$
        for (int i = 0; i < rows.size(); i++) {
            ExportData.Row row = rows.get(i);
            w.write(i == 0 ? "\n    " : ",\n    "); //$NON-NLS-1$ //$NON-NLS-2$
            StringBuilder b = new StringBuilder("{"); //$NON-NLS-1$
            object(b, row.columns());
            if (attributes) {
                b.append(", \"attributes\": {"); //$NON-NLS-1$
                object(b, row.attributes());
                b.append('}');
            }
            w.write(b.append('}').toString());
        }
        w.write(rows.isEmpty() ? "]" : "\n  ]"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void object(StringBuilder b, Map<String, String> map) {
        boolean first = true;
        for (Map.Entry<String, String> e : map.entrySet()) {
            b.append(first ? "" : ", ").append(string(e.getKey())).append(": ").append(string(e.getValue())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            first = false;
        }
    }

    /** A JSON string literal, or null. Non-ASCII text stays as it is (the file is UTF-8). */
    static String string(String s) {
        if (s == null) {
            return "null"; //$NON-NLS-1$
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\""); //$NON-NLS-1$
                case '\\' -> b.append("\\\\"); //$NON-NLS-1$
                case '\n' -> b.append("\\n"); //$NON-NLS-1$
                case '\r' -> b.append("\\r"); //$NON-NLS-1$
                case '\t' -> b.append("\\t"); //$NON-NLS-1$
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        b.append(String.format("\\u%04x", (int) c)); //$NON-NLS-1$
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
