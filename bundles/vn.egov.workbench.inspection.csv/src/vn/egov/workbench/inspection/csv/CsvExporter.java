package vn.egov.workbench.inspection.csv;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import vn.egov.workbench.inspection.csv.internal.Rows;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.store.InspectionStore;

/**
 * Exports a year to rounds-YYYY.csv, records-YYYY.csv and decisions-YYYY.csv: UTF-8 with a
 * byte-order mark (so that Excel shows the diacritics), RFC 4180, the columns of {@link CsvColumns}.
 * The rounds file also has the earlier rounds that the year's records belong to, so that the three
 * files import into an empty database as they are. Each file is written beside and then renamed.
 */
public final class CsvExporter {

    private final InspectionStore store;

    public CsvExporter(InspectionStore store) {
        this.store = store;
    }

    public ExportResult export(int year, Path dir) {
        List<ViolationRecord> cases = new ArrayList<>(store.cases(year));
        cases.sort(Comparator.comparing(ViolationRecord::getRecordedAt).thenComparing(ViolationRecord::getNumber,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparingLong(ViolationRecord::getId));
        Map<Long, InspectionRound> rounds = new LinkedHashMap<>();
        for (InspectionRound r : store.rounds(year)) {
            rounds.put(r.getId(), r);
        }
        for (ViolationRecord v : cases) {
            if (v.getRound() != null) {
                rounds.putIfAbsent(v.getRound().getId(), v.getRound());
            }
        }
        List<InspectionRound> roundList = new ArrayList<>(rounds.values());
        roundList.sort(Comparator.comparing(InspectionRound::getDecisionDate, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(InspectionRound::getDecisionNumber, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(InspectionRound::getId));
        List<List<String>> roundRows = roundList.stream().map(Rows::round).toList();
        List<List<String>> recordRows = cases.stream().map(Rows::record).toList();
        List<List<String>> decisionRows = cases.stream().filter(v -> v.getDecision() != null).map(Rows::decision).toList();
        try {
            Files.createDirectories(dir);
            Path roundsFile = write(dir.resolve("rounds-" + year + ".csv"), CsvColumns.ROUNDS, roundRows); //$NON-NLS-1$ //$NON-NLS-2$
            Path recordsFile = write(dir.resolve("records-" + year + ".csv"), CsvColumns.RECORDS, recordRows); //$NON-NLS-1$ //$NON-NLS-2$
            Path decisionsFile = write(dir.resolve("decisions-" + year + ".csv"), CsvColumns.DECISIONS, decisionRows); //$NON-NLS-1$ //$NON-NLS-2$
            return new ExportResult(roundsFile, recordsFile, decisionsFile, roundRows.size(), recordRows.size(), decisionRows.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName().toString(), ".tmp"); //$NON-NLS-1$
        try {
            try (Writer w = new OutputStreamWriter(Files.newOutputStream(tmp), StandardCharsets.UTF_8)) {
                w.write('\uFEFF'); // before the printer writes the header
                CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
                for (List<String> row : rows) {
                    p.printRecord(row);
                }
                p.flush();
            }
            return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
