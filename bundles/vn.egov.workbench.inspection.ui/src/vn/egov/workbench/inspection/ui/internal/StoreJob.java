package vn.egov.workbench.inspection.ui.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Control;

import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * Store work off the UI thread, with progress: a Job runs the query and hands its result (or the
 * error's message) to the UI thread, unless the control it was for is gone by then.
 */
public final class StoreJob<T> extends Job {

    /** The family of all store jobs, so that tests (and shutdown) can wait for them. */
    public static final Object FAMILY = new Object();

    private final Function<InspectionStore, T> work;
    private final Control owner;
    private final Consumer<T> onResult;
    private final Consumer<String> onError;

    private StoreJob(String name, Control owner, Function<InspectionStore, T> work, Consumer<T> onResult,
            Consumer<String> onError) {
        super(name);
        this.owner = owner;
        this.work = work;
        this.onResult = onResult;
        this.onError = onError;
        setUser(false);
    }

    /** Schedules the work; results arrive on the UI thread of {@code owner}. */
    public static <T> StoreJob<T> start(String name, Control owner, Function<InspectionStore, T> work,
            Consumer<T> onResult, Consumer<String> onError) {
        StoreJob<T> job = new StoreJob<>(name, owner, work, onResult, onError);
        job.schedule();
        return job;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
        try {
            T result = work.apply(StoreSession.get().store());
            deliver(() -> onResult.accept(result));
        } catch (RuntimeException e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            deliver(() -> onError.accept(message));
        } finally {
            monitor.done();
        }
        return Status.OK_STATUS;
    }

    private void deliver(Runnable r) {
        if (owner.isDisposed()) {
            return;
        }
        owner.getDisplay().asyncExec(() -> {
            if (!owner.isDisposed()) {
                r.run();
            }
        });
    }
}
