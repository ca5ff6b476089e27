package vn.egov.workbench.inspection.rules;

import static vn.egov.workbench.inspection.rules.internal.SafeXml.*;

import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

/**
 * Reads a rule parameter file (root {@code <sanction-rules>}, see data/rules/sanction-law.xml).
 * A role must be declared (in this file or an earlier one) before a competence cap names it.
 */
final class SanctionRulesReader {

    /** The mutable content of a {@link SanctionRules.Builder}; copied per file so a bad file adds nothing. */
    static final class Parts {
        Map<String, SignerRole> roles = new LinkedHashMap<>();
        EffectiveIndex<DeadlineRule> records = new EffectiveIndex<>();
        EffectiveIndex<DeadlineRule> decisions = new EffectiveIndex<>();
        EffectiveIndex<StatuteRule> statutes = new EffectiveIndex<>();
        EffectiveIndex<PaymentRule> payments = new EffectiveIndex<>();
        EffectiveIndex<InstalmentRule> instalments = new EffectiveIndex<>();
        EffectiveIndex<CompetenceRule> competence = new EffectiveIndex<>();

        Parts copy() {
            Parts p = new Parts();
            p.roles = new LinkedHashMap<>(roles);
            p.records = records.mutableCopy();
            p.decisions = decisions.mutableCopy();
            p.statutes = statutes.mutableCopy();
            p.payments = payments.mutableCopy();
            p.instalments = instalments.mutableCopy();
            p.competence = competence.mutableCopy();
            return p;
        }
    }

    private SanctionRulesReader() {
    }

    static void read(InputStream in, String source, Parts parts) {
        Element root = parse(in, source, "sanction-rules");
        for (Element el : children(root)) {
            switch (el.getTagName()) {
                case "role" -> role(el, source, parts);
                case "record-deadline" -> {
                    DeadlineRule r = deadline(el, source, codes(RecordKind.values()));
                    parts.records.add(r.kind(), r, source);
                }
                case "decision-deadline" -> {
                    DeadlineRule r = deadline(el, source, codes(CaseKind.values()));
                    parts.decisions.add(r.kind(), r, source);
                }
                case "statute" -> {
                    for (Sector s : sectors(el, source)) {
                        parts.statutes.add(s.code(), new StatuteRule(s, integer(el, "years", 1, 100, source),
                                period(el, source), confirmed(el, source), basis(el, source)), source);
                    }
                }
                case "payment" -> parts.payments.add("payment", new PaymentRule(
                        integer(el, "due-days", 1, 3660, source), integer(el, "late-bp-per-day", 0, 10_000, source),
                        period(el, source), confirmed(el, source), basis(el, source)), source);
                case "instalments" -> parts.instalments.add("instalments", new InstalmentRule(
                        integer(el, "max-payments", 1, 1000, source), integer(el, "max-months", 1, 1200, source),
                        integer(el, "first-min-bp", 0, 10_000, source), number(el, "min-fine-individual", 0, source),
                        number(el, "min-fine-organisation", 0, source), period(el, source), confirmed(el, source),
                        basis(el, source)), source);
                case "competence" -> competence(el, source, parts);
                default -> throw unexpected(el, source);
            }
        }
    }

    private static void role(Element el, String source, Parts parts) {
        String code = required(el, "code", source);
        SignerRole role = new SignerRole(code, new LocalText(required(el, "vi", source), required(el, "en", source)));
        if (parts.roles.putIfAbsent(code, role) != null) {
            throw new RuleViolation("rules.duplicateRole", source, code);
        }
    }

    private static void competence(Element el, String source, Parts parts) {
        String code = required(el, "role", source);
        SignerRole role = parts.roles.get(code);
        if (role == null) {
            throw new RuleViolation("rules.unknownRole", code);
        }
        long individual = number(el, "individual-cap", 0, source);
        long organisation = number(el, "organisation-cap", 0, source);
        for (Sector s : sectors(el, source)) {
            parts.competence.add(code + "|" + s.code(), new CompetenceRule(role, s, individual, organisation,
                    period(el, source), confirmed(el, source), basis(el, source)), source);
        }
    }

    private static DeadlineRule deadline(Element el, String source, List<String> kinds) {
        String kind = required(el, "kind", source);
        if (!kinds.contains(kind)) {
            throw bad(el, "kind", kind, source);
        }
        String unitCode = required(el, "unit", source);
        DeadlineUnit unit = DeadlineUnit.ofCode(unitCode);
        if (unit == null) {
            throw bad(el, "unit", unitCode, source);
        }
        return new DeadlineRule(kind, integer(el, "amount", 1, 3660, source), unit, period(el, source),
                confirmed(el, source), basis(el, source));
    }

    private static List<Sector> sectors(Element el, String source) {
        String list = required(el, "sectors", source);
        try {
            return Arrays.stream(list.split("\\s+")).map(Sector::new).toList();
        } catch (RuleViolation e) {
            throw bad(el, "sectors", list, source);
        }
    }

    private static List<String> codes(RecordKind[] kinds) {
        return Arrays.stream(kinds).map(RecordKind::code).toList();
    }

    private static List<String> codes(CaseKind[] kinds) {
        return Arrays.stream(kinds).map(CaseKind::code).toList();
    }

    private static EffectivePeriod period(Element el, String source) {
        return new EffectivePeriod(date(el, "effective-from", source),
                optionalDate(el, "effective-to", source).orElse(null));
    }

    private static boolean confirmed(Element el, String source) {
        return bool(el, "confirmed", true, source);
    }

    private static String basis(Element el, String source) {
        return required(el, "basis", source);
    }
}
