package vn.egov.workbench.inspection.csv.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.egov.workbench.inspection.model.Attachment;
import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.Enforcement;
import vn.egov.workbench.inspection.model.InspectedSubject;
import vn.egov.workbench.inspection.model.Instalment;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.Payment;
import vn.egov.workbench.inspection.model.SanctionDecision;
import vn.egov.workbench.inspection.model.TeamMember;
import vn.egov.workbench.inspection.model.ViolationRecord;

/** The cells the export writes for one object, in the order of {@link vn.egov.workbench.inspection.csv.CsvColumns}. */
public final class Rows {

    private Rows() {
    }

    public static List<String> round(InspectionRound r) {
        List<List<String>> members = new ArrayList<>();
        for (TeamMember m : r.getMembers()) {
            members.add(Arrays.asList(m.getName(), m.getPosition(), m.getRole()));
        }
        List<List<String>> subjects = new ArrayList<>();
        for (InspectedSubject s : r.getSubjects()) {
            subjects.add(Arrays.asList(s.getViolatorType().name(), s.getName(), s.getTaxCode(), s.getIdNumber(), s.getAddress(),
                    s.getSector() == null ? null : s.getSector().code()));
        }
        return Arrays.asList(r.getDecisionNumber(), date(r.getDecisionDate()), r.getTitle(), r.getLegalBasis(),
                r.getLeadingBody(), ListCodec.encode(r.getPartnerBodies()), date(r.getPlannedStart()),
                date(r.getPlannedEnd()), date(r.getActualStart()), date(r.getActualEnd()), r.getStatus().name(),
                ListCodec.encodeRows(members), ListCodec.encodeRows(subjects));
    }

    public static List<String> record(ViolationRecord v) {
        InspectedSubject s = v.getViolator();
        List<List<String>> behaviours = new ArrayList<>();
        for (Behaviour b : v.getBehaviours()) {
            behaviours.add(Arrays.asList(b.getDecreeId(), b.getArticleRef(), b.getDescription()));
        }
        List<List<String>> attachments = new ArrayList<>();
        for (Attachment a : v.getAttachments()) {
            attachments.add(Arrays.asList(a.getPath(), a.getSha256(), a.getDescription()));
        }
        return Arrays.asList(v.getNumber(), dateTime(v.getRecordedAt()),
                v.getRound() == null ? null : v.getRound().getDecisionNumber(), v.getPlace(), v.getRecorder(),
                s == null ? null : s.getViolatorType().name(), s == null ? null : s.getName(), s == null ? null : s.getTaxCode(),
                s == null ? null : s.getIdNumber(), s == null ? null : s.getAddress(),
                s == null || s.getSector() == null ? null : s.getSector().code(), ListCodec.encodeRows(behaviours),
                Boolean.toString(v.isSigned()), v.getRefusalWitness(), v.getRefusalReason(),
                Boolean.toString(v.isExplanationRequested()), v.getCaseKind().name(), v.getStatus().name(),
                ListCodec.encodeRows(attachments));
    }

    public static List<String> decision(ViolationRecord v) {
        SanctionDecision d = v.getDecision();
        List<List<String>> lines = new ArrayList<>();
        for (DecisionLine l : d.getLines()) {
            lines.add(Arrays.asList(l.getDecreeId(), l.getArticleRef(), Long.toString(l.getRangeMin()), Long.toString(l.getRangeMax()),
                    Integer.toString(l.getMitigating()), Integer.toString(l.getAggravating()), Long.toString(l.getFine())));
        }
        List<List<String>> payments = new ArrayList<>();
        for (Payment p : d.getPayments()) {
            payments.add(Arrays.asList(p.getReceipt(), date(p.getPaidOn()), Long.toString(p.getAmount())));
        }
        List<List<String>> instalments = new ArrayList<>();
        for (Instalment i : d.getInstalments()) {
            instalments.add(Arrays.asList(Integer.toString(i.getSequence()), date(i.getDueOn()), Long.toString(i.getAmount())));
        }
        Enforcement e = d.getEnforcement();
        List<List<String>> enforcement = e == null ? List.of()
                : List.of(Arrays.asList(e.getDecisionNumber(), date(e.getDecidedOn()), e.getMeasure(), e.getNote()));
        return Arrays.asList(v.getNumber(), d.getNumber(), date(d.getDecidedOn()), d.getSigner(), d.getSignerRole(),
                date(d.getReceivedOn()), ListCodec.encodeRows(lines), Long.toString(d.getTotal()),
                ListCodec.encode(d.getAdditionalSanctions()), ListCodec.encode(d.getRemedialMeasures()),
                ListCodec.encodeRows(payments), ListCodec.encodeRows(instalments), ListCodec.encodeRows(enforcement));
    }

    static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** "2020-05-20 09:30", with seconds only when there are any. */
    static String dateTime(LocalDateTime t) {
        return t == null ? null : t.toLocalDate() + " " + t.toLocalTime(); //$NON-NLS-1$
    }
}
