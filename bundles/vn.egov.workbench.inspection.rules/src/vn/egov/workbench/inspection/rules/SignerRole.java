package vn.egov.workbench.inspection.rules;

/**
 * A person who may sign a sanction decision, e.g. "inspector-on-duty". Roles are data (the 2025
 * Law on Inspection removed department inspectorates); get them from {@link SanctionRules#role(String)}.
 */
public record SignerRole(String code, LocalText name) {
}
