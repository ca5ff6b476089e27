package vn.egov.workbench.architecture.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * What a rule sees during one validation run: the model, indexes of its relationships (built once, on first
 * use) and the place where problems go.
 */
public final class RuleContext {

    private final Architecture architecture;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Object, Object> cache = new HashMap<>();
    private Map<Element, List<Relationship>> outgoing;
    private Map<Element, List<Relationship>> incoming;
    private IValidationRule current;

    public RuleContext(Architecture architecture) {
        this.architecture = architecture;
    }

    /** The model being validated (null when an object outside a model is checked on its own). */
    public Architecture architecture() {
        return architecture;
    }

    /** Reports a problem of the rule being run. */
    public void report(EObject element, LocalizedText message) {
        if (current == null) {
            throw new IllegalStateException("report() outside a rule"); //$NON-NLS-1$
        }
        problems.add(new Problem(current.severity(), current.id(), element, message));
    }

    /** Relationships whose source is the element. */
    public List<Relationship> outgoing(Element element) {
        index();
        return outgoing.getOrDefault(element, List.of());
    }

    /** Relationships whose target is the element. */
    public List<Relationship> incoming(Element element) {
        index();
        return incoming.getOrDefault(element, List.of());
    }

    /** A value computed once per run and shared by rules, e.g. an index of codes. */
    @SuppressWarnings("unchecked")
    public <T> T cached(Object key, Supplier<T> compute) {
        Object value = cache.get(key);
        if (value == null) {
            value = compute.get();
            cache.put(key, value);
        }
        return (T) value;
    }

    void setCurrentRule(IValidationRule rule) {
        current = rule;
    }

    void addProblem(Problem problem) {
        problems.add(problem);
    }

    List<Problem> problems() {
        return problems;
    }

    private void index() {
        if (outgoing != null) {
            return;
        }
        outgoing = new IdentityHashMap<>();
        incoming = new IdentityHashMap<>();
        if (architecture == null) {
            return;
        }
        for (TreeIterator<EObject> it = architecture.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Relationship r) {
                if (r.getSource() != null) {
                    outgoing.computeIfAbsent(r.getSource(), k -> new ArrayList<>(2)).add(r);
                }
                if (r.getTarget() != null) {
                    incoming.computeIfAbsent(r.getTarget(), k -> new ArrayList<>(2)).add(r);
                }
            }
        }
    }
}
