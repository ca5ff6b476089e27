package vn.egov.workbench.inspection.rules;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import vn.egov.workbench.inspection.rules.internal.BuiltInData;

/**
 * The numeric parameters of the sanctioning law, each valid for a period: record and decision
 * deadlines, statutes of limitations, payment terms, instalments and competence caps. Values
 * change with amendments, so they live in data/rules and each lookup names a date.
 * A lookup with no rule in force throws "rule.notInForce" rather than guessing.
 */
public final class SanctionRules {

    private final SanctionRulesReader.Parts parts;

    private SanctionRules(SanctionRulesReader.Parts parts) {
        SanctionRulesReader.Parts frozen = new SanctionRulesReader.Parts();
        frozen.roles = Collections.unmodifiableMap(new LinkedHashMap<>(parts.roles));
        frozen.records = parts.records.frozen();
        frozen.decisions = parts.decisions.frozen();
        frozen.statutes = parts.statutes.frozen();
        frozen.payments = parts.payments.frozen();
        frozen.instalments = parts.instalments.frozen();
        frozen.competence = parts.competence.frozen();
        this.parts = frozen;
    }

    /** The rule files shipped in this bundle (data/rules). */
    public static SanctionRules builtIn() {
        return builder().addBuiltIn().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public DeadlineRule recordDeadline(RecordKind kind, LocalDate on) {
        return inForce(parts.records, kind.code(), on, "record-deadline " + kind.code());
    }

    public DeadlineRule decisionDeadline(CaseKind kind, LocalDate on) {
        return inForce(parts.decisions, kind.code(), on, "decision-deadline " + kind.code());
    }

    public StatuteRule statute(Sector sector, LocalDate on) {
        return inForce(parts.statutes, sector.code(), on, "statute " + sector.code());
    }

    public PaymentRule payment(LocalDate on) {
        return inForce(parts.payments, "payment", on, "payment");
    }

    public InstalmentRule instalments(LocalDate on) {
        return inForce(parts.instalments, "instalments", on, "instalments");
    }

    /** The cap of a role in a sector; throws "rule.notInForce" when the data has none for that day. */
    public CompetenceRule competence(SignerRole role, Sector sector, LocalDate on) {
        return inForce(parts.competence, role.code() + "|" + sector.code(), on,
                "competence " + role.code() + " " + sector.code());
    }

    /** A signer role by code, e.g. "inspector-on-duty"; throws "rules.unknownRole" otherwise. */
    public SignerRole role(String code) {
        SignerRole role = parts.roles.get(code);
        if (role == null) {
            throw new RuleViolation("rules.unknownRole", String.valueOf(code));
        }
        return role;
    }

    public Collection<SignerRole> roles() {
        return parts.roles.values();
    }

    public List<CompetenceRule> competenceRules() {
        return parts.competence.all();
    }

    private static <V extends Effective> V inForce(EffectiveIndex<V> index, String key, LocalDate on, String what) {
        Objects.requireNonNull(on, "date");
        return index.find(key, on).orElseThrow(() -> new RuleViolation("rule.notInForce", what, on));
    }

    /** Collects rule files; plug-ins add theirs with {@link #add(InputStream, String)}. */
    public static final class Builder {
        private SanctionRulesReader.Parts parts = new SanctionRulesReader.Parts();

        private Builder() {
        }

        public Builder addBuiltIn() {
            BuiltInData.readEach("rules", this::add);
            return this;
        }

        /** Adds one rule file; a file with an error adds nothing. The stream is not closed. */
        public Builder add(InputStream in, String source) {
            SanctionRulesReader.Parts next = parts.copy();
            SanctionRulesReader.read(in, source, next);
            parts = next;
            return this;
        }

        public SanctionRules build() {
            return new SanctionRules(parts);
        }
    }
}
