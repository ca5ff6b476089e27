package vn.egov.workbench.inspection.csv;

import java.util.List;

/**
 * The documented columns of the three file types, in the order the export writes them. The import
 * finds columns by header name (any order); a missing required column or an unknown one rejects
 * the file. Lists inside a cell: items separated by ";", fields of an item by "|" (backslash escapes).
 */
public final class CsvColumns {

    public static final List<String> ROUNDS = List.of("decision_number", "decision_date", "title", "legal_basis", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            "leading_body", "partner_bodies", "planned_start", "planned_end", "actual_start", "actual_end", "status", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "members", "subjects"); //$NON-NLS-1$ //$NON-NLS-2$
    public static final List<String> ROUNDS_REQUIRED = List.of("decision_number", "decision_date", "status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    public static final List<String> RECORDS = List.of("number", "recorded_at", "round", "place", "recorder", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "violator_type", "violator_name", "tax_code", "id_number", "address", "sector", "behaviours", "signed", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
            "refusal_witness", "refusal_reason", "explanation_requested", "case_kind", "status", "attachments"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
    public static final List<String> RECORDS_REQUIRED = List.of("number", "recorded_at", "violator_type", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "violator_name", "behaviours", "signed", "case_kind", "status"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    public static final List<String> DECISIONS = List.of("record", "number", "decided_on", "signer", "signer_role", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "received_on", "lines", "total", "additional_sanctions", "remedial_measures", "payments", "instalments", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
            "enforcement"); //$NON-NLS-1$
    public static final List<String> DECISIONS_REQUIRED = List.of("record", "number", "decided_on", "lines", "total"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

    private CsvColumns() {
    }
}
