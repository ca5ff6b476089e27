package vn.egov.workbench.inspection.csv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import vn.egov.workbench.inspection.csv.internal.CsvTable;
import vn.egov.workbench.inspection.csv.internal.DbLookups;
import vn.egov.workbench.inspection.csv.internal.DecisionRows;
import vn.egov.workbench.inspection.csv.internal.Problems;
import vn.egov.workbench.inspection.csv.internal.RecordRows;
import vn.egov.workbench.inspection.csv.internal.RoundRows;
import vn.egov.workbench.inspection.csv.internal.Subjects;
import vn.egov.workbench.inspection.model.Entity;
import vn.egov.workbench.inspection.rules.RuleBook;
import vn.egov.workbench.inspection.store.InspectionStore;

/**
 * Imports rounds, violation records and sanction decisions from CSV files ({@link CsvColumns}).
 * Every row of every file is checked first (types, dates, required cells, references between the
 * files and to the database, the legal rules); one problem anywhere refuses the whole import with
 * {@link CsvImportException}, naming file, row and column. Otherwise everything is written in one
 * transaction: the database has all of it or none of it.
 */
public final class CsvImporter {

    private final InspectionStore store;
    private final RuleBook rules;

    public CsvImporter(InspectionStore store, RuleBook rules) {
        this.store = Objects.requireNonNull(store, "store"); //$NON-NLS-1$
        this.rules = Objects.requireNonNull(rules, "rules"); //$NON-NLS-1$
    }

    /**
     * @param rounds    the rounds file, or null
     * @param records   the violation records file, or null (then no decisions file either)
     * @param decisions the sanction decisions file, or null
     * @param actor     who imports, for the audit log
     */
    public ImportResult importFiles(Path rounds, Path records, Path decisions, String actor) {
        Problems problems = new Problems();
        DbLookups db = new DbLookups(store);
        Subjects subjects = new Subjects();
        RoundRows roundRows = new RoundRows();
        RecordRows recordRows = new RecordRows();
        DecisionRows decisionRows = new DecisionRows();
        CsvTable roundTable = rounds == null ? null : CsvTable.read(rounds, CsvColumns.ROUNDS, CsvColumns.ROUNDS_REQUIRED, problems);
        CsvTable recordTable = records == null ? null : CsvTable.read(records, CsvColumns.RECORDS, CsvColumns.RECORDS_REQUIRED, problems);
        CsvTable decisionTable = decisions == null ? null
                : CsvTable.read(decisions, CsvColumns.DECISIONS, CsvColumns.DECISIONS_REQUIRED, problems);
        problems.throwIfAny(); // rows of a file with a broken header would only repeat the same problem
        if (roundTable != null) {
            roundRows.read(roundTable, subjects, db, problems);
        }
        if (recordTable != null) {
            recordRows.read(recordTable, roundRows, subjects, rules.catalogue(), db, problems);
        }
        if (decisionTable != null) {
            decisionRows.read(decisionTable, recordRows, rules.catalogue(), problems);
        }
        problems.throwIfAny();
        List<Entity> all = new ArrayList<>(subjects.all());
        all.addAll(roundRows.rounds());
        all.addAll(recordRows.records());
        store.importAll(all, actor, source(rounds, records, decisions));
        return new ImportResult(roundRows.rounds().size(), subjects.all().size(), recordRows.records().size(),
                decisionRows.count());
    }

    private static String source(Path... files) {
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            if (p != null) {
                names.add(String.valueOf(p.getFileName()));
            }
        }
        return "CSV " + String.join(", ", names); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
