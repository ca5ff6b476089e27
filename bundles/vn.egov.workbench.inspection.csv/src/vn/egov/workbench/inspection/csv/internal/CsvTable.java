package vn.egov.workbench.inspection.csv.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.csv.Messages;

/**
 * One imported file: strict UTF-8 (a byte-order mark is skipped; bytes in another encoding such as
 * Windows-1258 are refused rather than turned into wrong letters), RFC 4180, a header row naming the
 * columns. Rows are numbered as a spreadsheet shows them: the header is row 1.
 * <p>
 * The header is checked when the file is read; the rows are parsed as they are walked, once, so
 * that a row's parsed cells become garbage as soon as it is checked (a 100,000-record import held
 * every parsed row until the end, and each young collection copied them again).
 */
public final class CsvTable {

    private final String file;
    private final CSVParser parser;
    private final Problems problems;
    private boolean walked;

    private CsvTable(String file, CSVParser parser, Problems problems) {
        this.file = file;
        this.parser = parser;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    /**
     * The rows after the header, parsed one by one; can be walked once. Where the file stops being
     * valid CSV (a quote not closed, for example), that row is reported as a problem and the walk ends.
     */
    public Iterable<CSVRecord> rows() {
        if (walked) {
            throw new IllegalStateException("the rows of " + file + " were walked already"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        walked = true;
        Iterator<CSVRecord> rows = parser.iterator();
        return () -> new Iterator<>() {
            private boolean broken;

            @Override
            public boolean hasNext() {
                try {
                    return !broken && rows.hasNext();
                } catch (UncheckedIOException | IllegalStateException e) {
                    broken = true;
                    // the row after the last good one: where the parser found the problem
                    problems.add(file, (int) parser.getRecordNumber() + 2, null, NLS.bind(Messages.File_badCsv, message(e)));
                    return false;
                }
            }

            @Override
            public CSVRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.next();
            }
        };
    }

    private static String message(RuntimeException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    /** The spreadsheet row of a record. */
    public static int row(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }

    /** Reads the file, or reports why it cannot be read and returns null. */
    public static CsvTable read(Path path, List<String> known, List<String> required, Problems problems) {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String text;
        try {
            byte[] bytes = Files.readAllBytes(path);
            int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
            // the String constructor decodes fast and puts U+FFFD in place of bytes that are not UTF-8:
            // without one in the text the file was valid; with one (written in the file, or a
            // replacement) the strict decoder decides, and reports where the file is not UTF-8
            text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) {
                text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            }
        } catch (MalformedInputException e) {
            problems.add(file, 0, null, Messages.File_notUtf8);
            return null;
        } catch (CharacterCodingException e) {
            problems.add(file, 0, null, Messages.File_notUtf8);
            return null;
        } catch (IOException e) {
            problems.add(path.toString(), 0, null, NLS.bind(Messages.File_unreadable, e.getMessage() == null ? e.toString() : e.getMessage()));
            return null;
        }
        if (text.isBlank()) {
            problems.add(file, 0, null, NLS.bind(Messages.File_empty, String.join(",", known))); //$NON-NLS-1$
            return null;
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).get();
        CSVParser parser; // over a string: nothing to close
        Map<String, Integer> header;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
            header = parser.getHeaderMap();
        } catch (IOException | RuntimeException e) {
            problems.add(file, 1, null, NLS.bind(Messages.File_badCsv, e.getMessage()));
            return null;
        }
        boolean ok = true;
        for (String name : header.keySet()) {
            if (!known.contains(name)) {
                problems.add(file, 1, name, NLS.bind(Messages.Header_unknown, name, String.join(", ", known))); //$NON-NLS-1$
                ok = false;
            }
        }
        for (String name : required) {
            if (!header.containsKey(name)) {
                problems.add(file, 1, name, NLS.bind(Messages.Header_missing, name));
                ok = false;
            }
        }
        return ok ? new CsvTable(file, parser, problems) : null;
    }
}
