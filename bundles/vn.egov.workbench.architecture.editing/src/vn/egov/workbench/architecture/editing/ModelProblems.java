package vn.egov.workbench.architecture.editing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.Severity;

/**
 * The result of the last validation of a model, indexed by object so that tree items and figures find their
 * markers in constant time.
 */
public final class ModelProblems {

    static final ModelProblems NONE = new ModelProblems(List.of());

    private final List<Problem> problems;
    private final Map<EObject, List<Problem>> byObject = new HashMap<>();

    ModelProblems(List<Problem> problems) {
        this.problems = List.copyOf(problems);
        for (Problem problem : problems) {
            if (problem.element() != null) {
                byObject.computeIfAbsent(problem.element(), k -> new ArrayList<>(2)).add(problem);
            }
        }
    }

    /** Every problem, errors first. */
    public List<Problem> all() {
        return problems;
    }

    /** The problems about {@code object} itself. */
    public List<Problem> of(EObject object) {
        return byObject.getOrDefault(object, List.of());
    }

    /** The worst severity of the problems about {@code object}, or {@code null} when it has none. */
    public Severity worstOf(EObject object) {
        Severity worst = null;
        for (Problem problem : of(object)) {
            if (worst == null || problem.severity().compareTo(worst) < 0) {
                worst = problem.severity();
            }
        }
        return worst;
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }
}
