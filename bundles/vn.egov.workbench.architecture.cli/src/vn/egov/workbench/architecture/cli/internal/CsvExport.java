package vn.egov.workbench.architecture.cli.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Three CSV files (RFC 4180, UTF-8 without BOM): BASE-elements.csv, BASE-relations.csv, BASE-properties.csv. The
 * kind-specific attributes of elements and relations are one column, "attributes", written {@code name=value; ...}.
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(ExportData data, Path file, String table) throws IOException {
        List<String> header = switch (table) {
            case "elements" -> withAttributes(ExportData.ELEMENT_COLUMNS); //$NON-NLS-1$
            case "relations" -> withAttributes(ExportData.RELATION_COLUMNS); //$NON-NLS-1$
            default -> ExportData.PROPERTY_COLUMNS;
        };
        List<ExportData.Row> rows = switch (table) {
            case "elements" -> data.elements; //$NON-NLS-1$
            case "relations" -> data.relations; //$NON-NLS-1$
            default -> data.properties;
        };
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, format)) {
            for (ExportData.Row row : rows) {
                List<String> values = new ArrayList<>(row.columns().values());
                if (header.size() > values.size()) {
                    values.add(attributes(row.attributes()));
                }
                printer.printRecord(values);
            }
        }
    }

    private static List<String> withAttributes(List<String> columns) {
        List<String> all = new ArrayList<>(columns);
        all.add("attributes"); //$NON-NLS-1$
        return all;
    }

    private static String attributes(Map<String, String> map) {
        return map.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
