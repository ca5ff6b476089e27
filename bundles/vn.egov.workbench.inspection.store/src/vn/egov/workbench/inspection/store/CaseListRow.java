package vn.egov.workbench.inspection.store;

import java.time.LocalDateTime;

import vn.egov.workbench.inspection.rules.CaseStatus;

/**
 * One line of the Cases table as {@link StoreQueries} reads it, read without loading the whole case. Money in whole VND; the
 * decision fields are null (total 0) before a decision.
 */
public record CaseListRow(long id, String number, LocalDateTime recordedAt, String violator, String sector,
        CaseStatus status, String decisionNumber, long total, long paid) {
}
