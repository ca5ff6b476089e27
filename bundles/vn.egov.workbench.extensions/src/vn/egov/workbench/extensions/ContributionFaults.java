package vn.egov.workbench.extensions;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every contribution that was left out or switched off in this run, each recorded once. A new fault is written to
 * the platform log (with the cause's stack trace) and handed to the listeners, which show it to the user: the
 * command line prints it as a warning, the workbench window shows it in a dialog. The same fault reported again
 * (a registry read twice, a rule that throws on every model) is not repeated.
 */
public final class ContributionFaults {

    private static final ContributionFaults DEFAULT = new ContributionFaults();

    private final Set<ContributionFault> faults = new LinkedHashSet<>();
    private final List<Consumer<ContributionFault>> listeners = new CopyOnWriteArrayList<>();

    /** The faults of the running platform. */
    public static ContributionFaults getDefault() {
        return DEFAULT;
    }

    /**
     * Records a fault. Returns true if it is new (then it is logged and the listeners are told), false if it was
     * already reported.
     */
    public boolean report(ContributionFault fault, Throwable cause) {
        synchronized (faults) {
            if (!faults.add(fault)) {
                return false;
            }
        }
        log(fault, cause);
        for (Consumer<ContributionFault> listener : listeners) {
            try {
                listener.accept(fault);
            } catch (RuntimeException e) {
                log(fault, e); // a listener that fails must not hide the fault from the others
            }
        }
        return true;
    }

    /** Shortcut for {@link #report(ContributionFault, Throwable)}. */
    public boolean report(String extensionPoint, String contributor, String message, Throwable cause) {
        return report(new ContributionFault(extensionPoint, contributor, message), cause);
    }

    /** All faults so far, in the order they were found. */
    public List<ContributionFault> all() {
        synchronized (faults) {
            return List.copyOf(faults);
        }
    }

    /** The faults of one extension point. */
    public List<ContributionFault> of(String extensionPoint) {
        List<ContributionFault> result = new ArrayList<>();
        for (ContributionFault f : all()) {
            if (f.extensionPoint().equals(extensionPoint)) {
                result.add(f);
            }
        }
        return result;
    }

    /** Tells the listener about every fault found from now on. */
    public void addListener(Consumer<ContributionFault> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<ContributionFault> listener) {
        listeners.remove(listener);
    }

    private static void log(ContributionFault fault, Throwable cause) {
        Bundle bundle = FrameworkUtil.getBundle(ContributionFaults.class);
        if (bundle == null) {
            return; // outside OSGi (plain unit tests): no platform log
        }
        ILog.of(bundle).log(new Status(IStatus.WARNING, fault.contributor(), fault.toString(), cause));
    }
}
