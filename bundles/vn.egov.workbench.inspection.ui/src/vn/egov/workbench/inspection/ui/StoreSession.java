package vn.egov.workbench.inspection.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.SampleData2020;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.ui.internal.ConnectionSettings;

/**
 * The inspection store the workbench works on: the embedded H2 database in the user's data folder
 * (with the 2020 sample on first start), or the PostgreSQL database set in Preferences. Opened on
 * first use, which may take a while: call {@link #store()} from a Job, not from the UI thread.
 * Views listen for {@link #changed()} to reload after a save or a new connection.
 */
public final class StoreSession {

    private static final StoreSession INSTANCE = new StoreSession();

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private InspectionStore store;
    private StoreConfig override;

    private StoreSession() {
    }

    public static StoreSession get() {
        return INSTANCE;
    }

    /** The open store; opens it first if needed (migrations, the sample on an empty embedded database). */
    public synchronized InspectionStore store() {
        if (store == null) {
            StoreConfig config = override != null ? override : ConnectionSettings.load().toConfig();
            InspectionStore opened = InspectionStore.open(config);
            if (config.isEmbedded()) {
                SampleData2020.loadIfEmpty(opened);
            }
            store = opened;
        }
        return store;
    }

    /**
     * Closes the store; the next {@link #store()} opens the one {@code config} names, or the one in
     * Preferences when null. Listeners are told.
     */
    public void reconnect(StoreConfig config) {
        synchronized (this) {
            if (store != null) {
                store.close();
                store = null;
            }
            override = config;
        }
        changed();
    }

    /** Who the audit log names for saves from this workbench: the operating-system user. */
    public String actor() {
        return System.getProperty("user.name", "?"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Tells the listeners that data changed (on the caller's thread; they move to the UI thread themselves). */
    public void changed() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
