package vn.egov.workbench.inspection.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;
import vn.egov.workbench.inspection.rules.Sector;
import vn.egov.workbench.inspection.rules.ViolatorType;

/**
 * One line of the Cases list: the record with its violator and decision figures, read in one query
 * without loading the whole case ({@link InspectionStore#loadCase(long)} loads it for editing).
 * Money in whole VND; decision fields are null when there is no decision yet.
 */
public record CaseRow(long id, int version, String number, LocalDateTime recordedAt, CaseStatus status,
        CaseKind caseKind, Long violatorId, String violatorName, ViolatorType violatorType, Sector sector,
        String roundNumber, String decisionNumber, LocalDate decidedOn, Long totalFine, long paid) {

    /** Still to pay on the decision (0 without one). */
    public long outstanding() {
        return totalFine == null ? 0 : totalFine - paid;
    }
}
