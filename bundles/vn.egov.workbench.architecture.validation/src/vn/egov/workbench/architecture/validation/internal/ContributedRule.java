package vn.egov.workbench.architecture.validation.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.validation.IValidationRule;
import vn.egov.workbench.architecture.validation.LocalizedText;
import vn.egov.workbench.architecture.validation.RuleContext;
import vn.egov.workbench.architecture.validation.Severity;
import vn.egov.workbench.extensions.LazyExtension;

/**
 * A plug-in's rule as the registry holds it. Its fixed parts are read once when it is added; the first time its
 * check throws, it is switched off for the session and reported with its plug-in's name (the validator also turns
 * that run's failure into a warning), so a broken rule costs one warning, not one per object or per run.
 */
final class ContributedRule implements IValidationRule {

    private final IValidationRule rule;
    private final LazyExtension<IValidationRule> extension;
    private final String id;
    private final Severity severity;
    private final EClass target;
    private final LocalizedText title;

    ContributedRule(IValidationRule rule, LazyExtension<IValidationRule> extension) {
        this.rule = rule;
        this.extension = extension;
        this.id = rule.id();
        this.severity = rule.severity();
        this.target = rule.target();
        this.title = rule.title();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public EClass target() {
        return target;
    }

    @Override
    public LocalizedText title() {
        return title;
    }

    @Override
    public void check(EObject object, RuleContext context) {
        if (extension.isDisabled()) {
            return;
        }
        try {
            rule.check(object, context);
        } catch (RuntimeException | LinkageError e) {
            extension.disable(e);
            throw e;
        }
    }

    /** The plug-in that contributed the rule. */
    String contributor() {
        return extension.contributor();
    }

    @Override
    public String toString() {
        return id + " (" + contributor() + ")"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
