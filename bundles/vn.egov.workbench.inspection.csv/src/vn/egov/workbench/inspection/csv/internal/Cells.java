package vn.egov.workbench.inspection.csv.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.csv.Messages;
import vn.egov.workbench.inspection.rules.RuleViolation;

/**
 * The cells of one row, read as the column's type. A bad or missing value is reported with the
 * file, row and column, and read as null, so that validation goes on and reports every problem.
 */
public final class Cells {

    private final CsvTable table;
    private final CSVRecord record;
    private final Problems problems;

    public Cells(CsvTable table, CSVRecord record, Problems problems) {
        this.table = table;
        this.record = record;
        this.problems = problems;
    }

    public int row() {
        return CsvTable.row(record);
    }

    public void problem(String column, String message) {
        problems.add(table.file(), row(), column, message);
    }

    /** The trimmed text, or null when empty. */
    public String text(String column) {
        String v = record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
        return v == null || v.isBlank() ? null : v.strip();
    }

    public String required(String column) {
        String v = text(column);
        if (v == null) {
            problem(column, Messages.Cell_required);
        }
        return v;
    }

    public LocalDate date(String column, boolean required) {
        String v = required ? required(column) : text(column);
        return v == null ? null : date(column, v);
    }

    public LocalDate date(String column, String v) {
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            problem(column, NLS.bind(Messages.Cell_notDate, v));
            return null;
        }
    }

    /** "2020-05-20 09:30", also with seconds or a "T". */
    public LocalDateTime dateTime(String column) {
        String v = required(column);
        if (v == null) {
            return null;
        }
        LocalDateTime quick = quickDateTime(v);
        if (quick != null) {
            return quick;
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            problem(column, NLS.bind(Messages.Cell_notDateTime, v));
            return null;
        }
    }

    /**
     * "YYYY-MM-DD HH:MM" read without the java.time parser (a fifth of the time of reading a records
     * file went there); anything else, or an impossible date, is left to it (null).
     */
    private static LocalDateTime quickDateTime(String v) {
        if (v.length() != 16 || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != ' ' || v.charAt(13) != ':') {
            return null;
        }
        int[] at = { 0, 4, 5, 7, 8, 10, 11, 13, 14, 16 };
        int[] n = new int[5];
        for (int k = 0; k < 5; k++) {
            for (int i = at[2 * k]; i < at[2 * k + 1]; i++) {
                char ch = v.charAt(i);
                if (ch < '0' || ch > '9') {
                    return null;
                }
                n[k] = n[k] * 10 + ch - '0';
            }
        }
        try {
            return LocalDateTime.of(n[0], n[1], n[2], n[3], n[4]);
        } catch (java.time.DateTimeException e) {
            return null; // e.g. 2021-02-30: the parser reports it
        }
    }

    /** Whole VND; dots, commas and spaces as thousands separators are allowed (39.000.000). */
    public Long amount(String column, String v) {
        String digits = v.replace(".", "").replace(",", "").replace(" ", "").replace("\u00a0", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
        try {
            long n = Long.parseLong(digits);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, NLS.bind(Messages.Cell_notAmount, v));
        return null;
    }

    public Integer integer(String column, String v) {
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(column, NLS.bind(Messages.Cell_notNumber, v));
        return null;
    }

    public Boolean bool(String column, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return required ? null : Boolean.FALSE;
        }
        switch (v.toLowerCase(Locale.ROOT)) {
        case "true", "yes", "1", "có", "co": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            return Boolean.TRUE;
        case "false", "no", "0", "không", "khong": //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            return Boolean.FALSE;
        default:
            problem(column, NLS.bind(Messages.Cell_notBoolean, v));
            return null;
        }
    }

    /** An enum constant by name, case-insensitive, "-" for "_". */
    public <E extends Enum<E>> E choice(String column, Class<E> type, boolean required) {
        String v = required ? required(column) : text(column);
        if (v == null) {
            return null;
        }
        String name = v.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        problem(column, NLS.bind(Messages.Cell_notChoice, v, String.join("|", //$NON-NLS-1$
                Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
        return null;
    }

    /** The items of a list cell, each with exactly {@code fields} fields (fewer are padded with empty ones). */
    public List<List<String>> items(String column, int fields, String shape) {
        List<List<String>> items = ListCodec.rows(text(column));
        for (List<String> item : items) {
            if (item.size() > fields) {
                problem(column, NLS.bind(Messages.Cell_badItem, String.join(" | ", item), shape)); //$NON-NLS-1$
                return List.of();
            }
            while (item.size() < fields) {
                item.add(""); //$NON-NLS-1$
            }
        }
        return items;
    }

    /** Reports a broken legal rule in the rule's own words. */
    public void rule(String column, RuleViolation e) {
        problem(column, NLS.bind(Messages.Cell_rule, e.message(Locale.getDefault())));
    }
}
