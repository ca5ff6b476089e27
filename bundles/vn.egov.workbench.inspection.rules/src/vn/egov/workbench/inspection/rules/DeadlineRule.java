package vn.egov.workbench.inspection.rules;

/**
 * A deadline of the law in force for a period, e.g. "decision, standard case: 7 working days".
 *
 * @param kind      the {@link RecordKind} or {@link CaseKind} code
 * @param confirmed false when the value was not checked against the official text
 * @param source    the legal basis as written in the data file
 */
public record DeadlineRule(String kind, int amount, DeadlineUnit unit, EffectivePeriod effective,
        boolean confirmed, String source) implements Effective {
}
