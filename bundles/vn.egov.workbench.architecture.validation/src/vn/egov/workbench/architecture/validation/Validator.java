package vn.egov.workbench.architecture.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.validation.internal.RuleMessages;

/**
 * Runs the rules of a registry over a whole model: {@code Validator.validate(model)} gives every problem, errors
 * first. Rules listed in {@link Architecture#getDisabledRules()} are skipped. A rule that throws is switched off for
 * the rest of the run and reported once, as a warning that names the rule; the other rules keep running.
 */
public final class Validator {

    /** The rule id of the problem that reports a rule which threw. */
    public static final String RULE_FAILED = "validation.rule-failed"; //$NON-NLS-1$

    private final RuleRegistry registry;

    public Validator(RuleRegistry registry) {
        this.registry = registry;
    }

    /** Validates with the default rules. */
    public static List<Problem> validate(Architecture architecture) {
        return new Validator(RuleRegistry.getDefault()).run(architecture);
    }

    /** Every problem of the model, errors first, then in model order. */
    public List<Problem> run(Architecture architecture) {
        Run run = new Run(architecture);
        run.visit(architecture);
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            run.visit(it.next());
        }
        List<Problem> problems = new ArrayList<>(run.context.problems());
        problems.sort(Comparator.comparing(Problem::severity)); // stable: model order within a severity
        return problems;
    }

    /** Runs the rules on one object of the model, for {@link ArchitectureEValidator}. */
    List<Problem> runOn(EObject object, RuleContext context, Set<String> disabled) {
        Run run = new Run(context, disabled);
        int before = context.problems().size();
        run.visit(object);
        return new ArrayList<>(context.problems().subList(before, context.problems().size()));
    }

    private final class Run {
        final RuleContext context;
        final Set<String> disabled;
        final Set<IValidationRule> broken = new HashSet<>();
        final Map<EClass, List<IValidationRule>> byClass = new HashMap<>();

        Run(Architecture architecture) {
            this(new RuleContext(architecture), new HashSet<>(architecture.getDisabledRules()));
        }

        Run(RuleContext context, Set<String> disabled) {
            this.context = context;
            this.disabled = disabled;
        }

        void visit(EObject object) {
            for (IValidationRule rule : rulesFor(object.eClass())) {
                if (broken.contains(rule)) {
                    continue;
                }
                context.setCurrentRule(rule);
                try {
                    rule.check(object, context);
                } catch (RuntimeException | LinkageError e) {
                    broken.add(rule);
                    context.addProblem(new Problem(Severity.WARNING, rule.id(), object,
                            RuleMessages.text(RULE_FAILED, rule.id(), e.toString())));
                } finally {
                    context.setCurrentRule(null);
                }
            }
        }

        List<IValidationRule> rulesFor(EClass eClass) {
            return byClass.computeIfAbsent(eClass, c -> registry.rules().stream()
                    .filter(r -> !disabled.contains(r.id()) && r.target().isSuperTypeOf(c)).toList());
        }
    }
}
