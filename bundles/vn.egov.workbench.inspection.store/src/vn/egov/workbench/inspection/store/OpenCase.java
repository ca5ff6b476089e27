package vn.egov.workbench.inspection.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.egov.workbench.inspection.rules.CaseKind;
import vn.egov.workbench.inspection.rules.CaseStatus;

/**
 * A case that still has a legal deadline ahead: not yet decided, or decided and not fully paid.
 * The decision fields are null (total 0) before a decision.
 */
public record OpenCase(long id, String number, LocalDateTime recordedAt, CaseKind caseKind, CaseStatus status,
        String violator, LocalDate decidedOn, LocalDate receivedOn, long total, long paid) {
}
