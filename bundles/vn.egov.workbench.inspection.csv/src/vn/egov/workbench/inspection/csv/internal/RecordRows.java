package vn.egov.workbench.inspection.csv.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.csv.Messages;
import vn.egov.workbench.inspection.model.Attachment;
import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.LegalCatalogue;
import vn.egov.workbench.inspection.rules.RuleViolation;

/** Reads and checks the rows of a violation records file. */
public final class RecordRows {

    private static final InspectionFactory F = InspectionFactory.eINSTANCE;

    private final List<ViolationRecord> records = new ArrayList<>();
    private final Map<String, ViolationRecord> byNumber = new HashMap<>();
    /** The spreadsheet row of each record, by its index in {@link #records}: enough to report a problem later. */
    private final List<Integer> rows = new ArrayList<>();
    private String file;
    private Problems problems;
    /** Rounds of the database the records refer to, to pass to the store with the new objects. */
    private final Map<Long, InspectionRound> storedRounds = new HashMap<>();

    public List<ViolationRecord> records() {
        return records;
    }

    public ViolationRecord find(String number) {
        return byNumber.get(number);
    }

    /** Reports a problem found later (by the decisions file) in the row of the {@code index}th record. */
    public void problem(int index, String column, String message) {
        problems.add(file, rows.get(index), column, message);
    }

    public void read(CsvTable table, RoundRows rounds, Subjects subjects, LegalCatalogue catalogue, DbLookups db,
            Problems problems) {
        List<String> numbers = new ArrayList<>();
        Articles articles = new Articles(catalogue);
        this.file = table.file();
        this.problems = problems;
        for (CSVRecord r : table.rows()) {
            Cells c = new Cells(table, r, problems);
            ViolationRecord v = F.createViolationRecord();
            String number = c.required("number"); //$NON-NLS-1$
            LocalDateTime at = c.dateTime("recorded_at"); //$NON-NLS-1$
            v.setNumber(number);
            v.setRecordedAt(at);
            v.setRound(round(c, c.text("round"), rounds, db)); //$NON-NLS-1$
            v.setPlace(c.text("place")); //$NON-NLS-1$
            v.setRecorder(c.text("recorder")); //$NON-NLS-1$
            v.setViolator(subjects.get(c, "violator_type", c.required("violator_type"), c.required("violator_name"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    c.text("tax_code"), c.text("id_number"), c.text("address"), c.text("sector"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            List<List<String>> behaviours = c.items("behaviours", 3, "decree | article | description"); //$NON-NLS-1$ //$NON-NLS-2$
            if (behaviours.isEmpty() && c.text("behaviours") == null) { //$NON-NLS-1$
                c.problem("behaviours", Messages.Cell_required); //$NON-NLS-1$
            }
            for (List<String> b : behaviours) {
                Behaviour behaviour = F.createBehaviour();
                behaviour.setDecreeId(b.get(0));
                behaviour.setArticleRef(b.get(1));
                behaviour.setDescription(RoundRows.emptyToNull(b.get(2)));
                v.getBehaviours().add(behaviour);
                if (at != null) {
                    try {
                        // the behaviour must be an article of the catalogue in force when it was recorded
                        articles.require(b.get(0), b.get(1), at.toLocalDate());
                    } catch (RuleViolation e) {
                        c.rule("behaviours", e); //$NON-NLS-1$
                    }
                }
            }
            Boolean signed = c.bool("signed", true); //$NON-NLS-1$
            v.setSigned(Boolean.TRUE.equals(signed));
            v.setRefusalWitness(c.text("refusal_witness")); //$NON-NLS-1$
            v.setRefusalReason(c.text("refusal_reason")); //$NON-NLS-1$
            if (Boolean.FALSE.equals(signed) && v.getRefusalWitness() == null && v.getRefusalReason() == null) {
                c.problem("signed", Messages.Row_refusalUnexplained); //$NON-NLS-1$
            }
            v.setExplanationRequested(Boolean.TRUE.equals(c.bool("explanation_requested", false))); //$NON-NLS-1$
            CaseKind kind = c.choice("case_kind", CaseKind.class, true); //$NON-NLS-1$
            if (kind != null) {
                v.setCaseKind(kind);
            }
            CaseStatus status = c.choice("status", CaseStatus.class, true); //$NON-NLS-1$
            if (status != null) {
                v.setStatus(status);
            }
            for (List<String> a : c.items("attachments", 3, "path | sha256 | description")) { //$NON-NLS-1$ //$NON-NLS-2$
                Attachment attachment = F.createAttachment();
                attachment.setPath(a.get(0));
                attachment.setSha256(RoundRows.emptyToNull(a.get(1)));
                attachment.setDescription(RoundRows.emptyToNull(a.get(2)));
                v.getAttachments().add(attachment);
            }
            if (number != null && byNumber.putIfAbsent(number, v) != null) {
                c.problem("number", NLS.bind(Messages.Row_duplicate, number)); //$NON-NLS-1$
            } else if (number != null) {
                numbers.add(number);
            }
            rows.add(c.row());
            records.add(v);
        }
        Set<String> stored = db.storedRecords(numbers);
        if (!stored.isEmpty()) {
            for (int i = 0; i < records.size(); i++) {
                ViolationRecord v = records.get(i);
                if (v.getRecordedAt() != null && stored.contains(DbLookups.key(v.getNumber(), v.getRecordedAt()))) {
                    problem(i, "number", NLS.bind(Messages.Row_inDatabase, v.getNumber())); //$NON-NLS-1$
                }
            }
        }
    }

    private InspectionRound round(Cells c, String number, RoundRows rounds, DbLookups db) {
        if (number == null) {
            return null;
        }
        InspectionRound inFile = rounds.find(number);
        if (inFile != null) {
            return inFile;
        }
        List<Long> ids = db.roundIds(number);
        if (ids.size() != 1) {
            c.problem("round", NLS.bind(ids.isEmpty() ? Messages.Row_unknownRound : Messages.Row_ambiguousRound, number)); //$NON-NLS-1$
            return null;
        }
        return storedRounds.computeIfAbsent(ids.get(0), db::loadRound);
    }

    /** The stored rounds referred to (already saved: the store leaves them as they are). */
    public Map<Long, InspectionRound> storedRounds() {
        return storedRounds;
    }
}
