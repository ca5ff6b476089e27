package vn.egov.workbench.extensions;

import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;

/**
 * A contributed class created on first use, not when the registry is read, so a plug-in's code is loaded only
 * when it is needed. If it cannot be created the fault is reported once and the contribution stays off.
 */
public final class LazyExtension<T> {

    private final String extensionPoint;
    private final IConfigurationElement element;
    private final String attribute;
    private final Class<T> type;
    private T instance;
    private boolean failed;

    public LazyExtension(String extensionPoint, IConfigurationElement element, String attribute, Class<T> type) {
        this.extensionPoint = extensionPoint;
        this.element = element;
        this.attribute = attribute;
        this.type = type;
    }

    /** The instance, or empty if it could not be created (reported) or was switched off by {@link #disable}. */
    public synchronized Optional<T> get() {
        if (instance == null && !failed) {
            try {
                instance = Contributions.create(element, attribute, type);
            } catch (ContributionException e) {
                failed = true;
                Contributions.fault(extensionPoint, element, e);
            }
        }
        return failed ? Optional.empty() : Optional.of(instance);
    }

    /** Switches the contribution off after its code failed, and reports the failure once. */
    public synchronized void disable(Throwable failure) {
        failed = true;
        instance = null;
        Contributions.fault(extensionPoint, element, failure);
    }

    public synchronized boolean isDisabled() {
        return failed;
    }

    public String contributor() {
        return Contributions.contributor(element);
    }

    public IConfigurationElement element() {
        return element;
    }
}
