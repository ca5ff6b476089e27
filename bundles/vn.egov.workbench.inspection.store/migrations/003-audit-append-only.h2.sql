-- The audit log is append-only in the database itself, not only by the store's habit: UPDATE and
-- DELETE on audit_log fail for every client. H2 has no procedural triggers, so a Java trigger class
-- of the store bundle refuses them (the store registers it with H2 before opening a database).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
  CALL 'vn.egov.workbench.inspection.store.internal.AuditGuard';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
  CALL 'vn.egov.workbench.inspection.store.internal.AuditGuard';
-- H2 fires no trigger on TRUNCATE, but refuses to truncate (or drop) a table that a foreign key
-- refers to: this always-empty table is that foreign key.
CREATE TABLE audit_log_seal (audit_id BIGINT REFERENCES audit_log (id));
