package vn.egov.workbench.architecture.validation.internal.rules;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.architecture.validation.internal.BuiltInRule;
import vn.egov.workbench.architecture.validation.internal.Models;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ArrayList;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.Element;

/**
 * Codes identify elements in catalogues, so two elements must not share one. Compared without regard to case and
 * surrounding spaces; the problem is reported on every element after the first that uses the code.
 */
public final class UniqueCodeRule extends BuiltInRule<Element> {

    public UniqueCodeRule() {
        super("arch.code.unique", Severity.ERROR, ArchitecturePackage.Literals.ELEMENT, Element.class); //$NON-NLS-1$
    }

    @Override
    protected void validate(Element element, RuleContext context) {
        if (Models.isBlank(element.getCode()) || context.architecture() == null) {
            return;
        }
        Map<String, List<Element>> byCode = context.cached(UniqueCodeRule.class, () -> index(context));
        List<Element> same = byCode.get(key(element.getCode()));
        if (same != null && same.size() > 1 && same.get(0) != element) {
            report(context, element, element.getCode().trim(), same.get(0));
        }
    }

    private static Map<String, List<Element>> index(RuleContext context) {
        Map<String, List<Element>> byCode = new HashMap<>();
        for (TreeIterator<EObject> it = context.architecture().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element e && !Models.isBlank(e.getCode())) {
                byCode.computeIfAbsent(key(e.getCode()), k -> new ArrayList<>(1)).add(e);
            }
        }
        return byCode;
    }

    private static String key(String code) {
        return code.trim().toLowerCase(Locale.ROOT);
    }
}
