package vn.egov.workbench.architecture.validation.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;

import vn.egov.workbench.architecture.validation.IValidationRule;
import vn.egov.workbench.extensions.ContributionException;
import vn.egov.workbench.extensions.Contributions;
import vn.egov.workbench.extensions.LazyExtension;

/**
 * Reads the extension point {@code vn.egov.workbench.architecture.validation.rules}. A rule that cannot be created,
 * lacks an id, severity, target or title, or takes an id already in use is reported with its plug-in's name and
 * left out; the others are returned.
 */
public final class ContributedRules {

    public static final String EXTENSION_POINT = "vn.egov.workbench.architecture.validation.rules"; //$NON-NLS-1$

    private ContributedRules() {
    }

    /** The rules of the running platform's plug-ins, checked against the ids already taken. */
    public static List<IValidationRule> read(Set<String> takenIds) {
        return read(Contributions.elements(EXTENSION_POINT), takenIds);
    }

    public static List<IValidationRule> read(IConfigurationElement[] elements, Set<String> takenIds) {
        Set<String> taken = new HashSet<>(takenIds);
        return Contributions.read(EXTENSION_POINT, elements, element -> {
            LazyExtension<IValidationRule> ext =
                    new LazyExtension<>(EXTENSION_POINT, element, "class", IValidationRule.class); //$NON-NLS-1$
            IValidationRule rule = Contributions.create(element, "class", IValidationRule.class); //$NON-NLS-1$
            ContributedRule wrapped;
            try {
                wrapped = new ContributedRule(rule, ext);
            } catch (RuntimeException | LinkageError e) {
                throw new ContributionException(text("contribution.ruleThrew", rule.getClass().getName(), e), e); //$NON-NLS-1$
            }
            if (wrapped.id() == null || wrapped.id().isBlank() || wrapped.severity() == null
                    || wrapped.target() == null || wrapped.title() == null) {
                throw new ContributionException(text("contribution.ruleIncomplete", rule.getClass().getName())); //$NON-NLS-1$
            }
            if (!taken.add(wrapped.id())) {
                throw new ContributionException(
                        text("contribution.ruleDuplicate", rule.getClass().getName(), wrapped.id())); //$NON-NLS-1$
            }
            return wrapped;
        });
    }

    private static String text(String key, Object... args) {
        return RuleMessages.format(Locale.getDefault(), key, args);
    }
}
