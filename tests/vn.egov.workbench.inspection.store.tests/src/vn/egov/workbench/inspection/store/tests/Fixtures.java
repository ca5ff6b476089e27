package vn.egov.workbench.inspection.store.tests;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.egov.workbench.inspection.model.InspectionFactory;
import vn.egov.workbench.inspection.model.InspectionRound;
import vn.egov.workbench.inspection.model.ViolationRecord;
import vn.egov.workbench.inspection.rules.RoundStatus;

/** Small unsaved objects for the store tests: the fields a store needs, nothing more. */
final class Fixtures {

    private static final InspectionFactory F = InspectionFactory.eINSTANCE;

    private Fixtures() {
    }

    /** A published round. */
    static InspectionRound round(String number, LocalDate decided) {
        InspectionRound round = F.createInspectionRound();
        round.setDecisionNumber(number);
        round.setDecisionDate(decided);
        round.setStatus(RoundStatus.PUBLISHED);
        return round;
    }

    /** A signed record in Kon Tum, without behaviours. */
    static ViolationRecord record(InspectionRound round, String number, LocalDateTime at) {
        ViolationRecord v = F.createViolationRecord();
        v.setNumber(number);
        v.setRecordedAt(at);
        v.setRound(round);
        v.setPlace("Kon Tum");
        v.setSigned(true);
        return v;
    }
}
