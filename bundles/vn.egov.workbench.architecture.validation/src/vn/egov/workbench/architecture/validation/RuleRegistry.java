package vn.egov.workbench.architecture.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.egov.workbench.architecture.validation.internal.BuiltInRules;
import vn.egov.workbench.architecture.validation.internal.ContributedRules;

/**
 * The rules a validator runs: the built-in ones and any contributed by plug-ins. A contributed rule without an id,
 * with an id already taken, or whose description fails is left out and named in {@link #problems()}, so one bad
 * contribution never disables validation. {@link #getDefault()} adds the rules of the extension point
 * {@code vn.egov.workbench.architecture.validation.rules} (see schema/rules.exsd), read on first use.
 */
public final class RuleRegistry {

    private static final RuleRegistry BUILT_IN = of(BuiltInRules.all(), List.of());
    private static volatile RuleRegistry defaultRegistry;

    private final List<IValidationRule> rules;
    private final List<String> problems;

    private RuleRegistry(List<IValidationRule> rules, List<String> problems) {
        this.rules = List.copyOf(rules);
        this.problems = List.copyOf(problems);
    }

    /** The built-in rules only. */
    public static RuleRegistry builtIn() {
        return BUILT_IN;
    }

    /**
     * The rules the workbench uses: the built-in ones, then those contributed by plug-ins, read once on first use.
     * Contributions that are left out are reported through {@code ContributionFaults}, naming their plug-in.
     */
    public static RuleRegistry getDefault() {
        RuleRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (RuleRegistry.class) {
                r = defaultRegistry;
                if (r == null) {
                    Set<String> ids = new HashSet<>();
                    BUILT_IN.rules.forEach(rule -> ids.add(rule.id()));
                    r = BUILT_IN.with(ContributedRules.read(ids));
                    defaultRegistry = r;
                }
            }
        }
        return r;
    }

    /** Built-in rules first, then the contributed ones that are well-formed. */
    public static RuleRegistry of(Collection<? extends IValidationRule> builtIn,
            Collection<? extends IValidationRule> contributed) {
        Map<String, IValidationRule> byId = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (IValidationRule rule : builtIn) {
            if (byId.putIfAbsent(rule.id(), rule) != null) {
                throw new IllegalArgumentException("Duplicate built-in rule id " + rule.id()); //$NON-NLS-1$
            }
        }
        for (IValidationRule rule : contributed) {
            String name = rule == null ? "null" : rule.getClass().getName(); //$NON-NLS-1$
            try {
                String id = rule.id();
                if (id == null || id.isBlank() || rule.severity() == null || rule.target() == null) {
                    problems.add(name + ": no id, severity or target; rule ignored"); //$NON-NLS-1$
                } else if (byId.putIfAbsent(id, rule) != null) {
                    problems.add(name + ": rule id " + id + " is already taken by " //$NON-NLS-1$ //$NON-NLS-2$
                            + byId.get(id).getClass().getName() + "; rule ignored"); //$NON-NLS-1$
                }
            } catch (RuntimeException | LinkageError e) {
                problems.add(name + ": " + e + "; rule ignored"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return new RuleRegistry(new ArrayList<>(byId.values()), problems);
    }

    /** These rules and the given ones. */
    public RuleRegistry with(Collection<? extends IValidationRule> contributed) {
        RuleRegistry added = of(rules, contributed);
        List<String> all = new ArrayList<>(problems);
        all.addAll(added.problems);
        return new RuleRegistry(added.rules, all);
    }

    public List<IValidationRule> rules() {
        return rules;
    }

    public Optional<IValidationRule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Why contributed rules were left out (English, for the log). */
    public List<String> problems() {
        return problems;
    }
}
