package vn.egov.workbench.inspection.csv.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVRecord;
import org.eclipse.osgi.util.NLS;

import vn.egov.workbench.inspection.csv.Messages;
import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.TeamMember;
import vn.egov.workbench.inspection.rules.RoundStatus;

/** Reads and checks the rows of a rounds file. */
public final class RoundRows {

    private final List<InspectionRound> rounds = new ArrayList<>();
    private final Map<String, InspectionRound> byNumber = new HashMap<>();

    public List<InspectionRound> rounds() {
        return rounds;
    }

    /** The round of this decision number in the file, or null. */
    public InspectionRound find(String decisionNumber) {
        return byNumber.get(decisionNumber);
    }

    public void read(CsvTable table, Subjects subjects, DbLookups db, Problems problems) {
        for (CSVRecord r : table.rows()) {
            Cells c = new Cells(table, r, problems);
            InspectionRound round = InspectionFactory.eINSTANCE.createInspectionRound();
            String number = c.required("decision_number"); //$NON-NLS-1$
            LocalDate date = c.date("decision_date", true); //$NON-NLS-1$
            round.setDecisionNumber(number);
            round.setDecisionDate(date);
            round.setTitle(c.text("title")); //$NON-NLS-1$
            round.setLegalBasis(c.text("legal_basis")); //$NON-NLS-1$
            round.setLeadingBody(c.text("leading_body")); //$NON-NLS-1$
            round.getPartnerBodies().addAll(ListCodec.items(c.text("partner_bodies"))); //$NON-NLS-1$
            round.setPlannedStart(c.date("planned_start", false)); //$NON-NLS-1$
            round.setPlannedEnd(c.date("planned_end", false)); //$NON-NLS-1$
            round.setActualStart(c.date("actual_start", false)); //$NON-NLS-1$
            round.setActualEnd(c.date("actual_end", false)); //$NON-NLS-1$
            RoundStatus status = c.choice("status", RoundStatus.class, true); //$NON-NLS-1$
            if (status != null) {
                round.setStatus(status);
            }
            order(c, "planned_end", round.getPlannedStart(), round.getPlannedEnd()); //$NON-NLS-1$
            order(c, "actual_end", round.getActualStart(), round.getActualEnd()); //$NON-NLS-1$
            // the phases of the Law on Inspection: on site needs a start, reporting and later an end
            if (status != null && status.compareTo(RoundStatus.ON_SITE) >= 0 && round.getActualStart() == null) {
                c.problem("actual_start", NLS.bind(Messages.Row_roundNeedsActualStart, status)); //$NON-NLS-1$
            }
            if (status != null && status.compareTo(RoundStatus.REPORTING) >= 0 && round.getActualEnd() == null) {
                c.problem("actual_end", NLS.bind(Messages.Row_roundNeedsActualEnd, status)); //$NON-NLS-1$
            }
            for (List<String> m : c.items("members", 3, "name | position | role")) { //$NON-NLS-1$ //$NON-NLS-2$
                TeamMember member = InspectionFactory.eINSTANCE.createTeamMember();
                member.setName(emptyToNull(m.get(0)));
                member.setPosition(emptyToNull(m.get(1)));
                member.setRole(emptyToNull(m.get(2)));
                round.getMembers().add(member);
            }
            for (List<String> s : c.items("subjects", 6, Subjects.SHAPE)) { //$NON-NLS-1$
                var subject = subjects.get(c, "subjects", s.get(0), s.get(1), s.get(2), s.get(3), s.get(4), s.get(5)); //$NON-NLS-1$
                if (subject != null) {
                    round.getSubjects().add(subject);
                }
            }
            if (number != null) {
                if (byNumber.putIfAbsent(number, round) != null) {
                    c.problem("decision_number", NLS.bind(Messages.Row_duplicate, number)); //$NON-NLS-1$
                } else if (date != null && db.roundExists(number, date)) {
                    c.problem("decision_number", NLS.bind(Messages.Row_inDatabase, number)); //$NON-NLS-1$
                }
            }
            rounds.add(round);
        }
    }

    static void order(Cells c, String column, LocalDate start, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            c.problem(column, NLS.bind(Messages.Row_endBeforeStart, end, start));
        }
    }

    static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
