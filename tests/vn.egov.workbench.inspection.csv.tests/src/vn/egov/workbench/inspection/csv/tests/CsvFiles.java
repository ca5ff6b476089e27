package vn.egov.workbench.inspection.csv.tests;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** Reads and rewrites test CSV files cell by cell, to plant one bad value in a good file. */
final class CsvFiles {

    private CsvFiles() {
    }

    static List<List<String>> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
            for (CSVRecord r : p) {
                rows.add(new ArrayList<>(r.toList()));
            }
        }
        return rows;
    }

    static void write(Path file, List<List<String>> rows) throws IOException {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        }
        Files.writeString(file, w.toString(), StandardCharsets.UTF_8);
    }

    /** Sets one cell: data row {@code index} (0 = first after the header; -1 = last) of a column. */
    static void set(Path file, int index, String column, String value) throws IOException {
        List<List<String>> rows = read(file);
        int col = rows.get(0).indexOf(column);
        if (col < 0) {
            throw new IllegalArgumentException(column);
        }
        int row = index < 0 ? rows.size() + index : index + 1;
        rows.get(row).set(col, value);
        write(file, rows);
    }

    static String cell(Path file, int index, String column) throws IOException {
        List<List<String>> rows = read(file);
        return rows.get(index < 0 ? rows.size() + index : index + 1).get(rows.get(0).indexOf(column));
    }
}
