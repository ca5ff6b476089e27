package vn.egov.workbench.inspection.store;

import java.time.LocalDateTime;

/**
 * One line of the append-only audit log: who changed which field of which object, when, and from
 * what to what. {@code oldValue} is null for a new object, {@code newValue} null for a removed field.
 */
public record AuditEntry(long id, LocalDateTime changedAt, String actor, String entity, long entityId, String field,
        String oldValue, String newValue) {
}
