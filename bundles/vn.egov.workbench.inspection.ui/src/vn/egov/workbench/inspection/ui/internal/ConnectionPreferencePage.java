package vn.egov.workbench.inspection.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import vn.egov.workbench.inspection.store.InspectionStore;
import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.ui.StoreSession;

/**
 * Where the inspection data lives: empty for the embedded database in the user's data folder, or a
 * PostgreSQL JDBC URL and user shared by the department. The password goes to secure storage.
 * Test connection opens the database (in a Job) and says what happened.
 */
public class ConnectionPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private Text url;
    private Text user;
    private Text password;
    private Button test;
    private Label result;
    private ConnectionSettings loaded;

    @Override
    public void init(IWorkbench workbench) {
        setDescription(NLS.bind(Messages.Prefs_description, StoreConfig.defaultEmbedded().url()));
    }

    @Override
    protected Control createContents(Composite parent) {
        loaded = ConnectionSettings.load();
        Composite c = new Composite(parent, SWT.NONE);
        c.setLayout(new GridLayout(2, false));
        url = field(c, Messages.Prefs_url, loaded.url(), SWT.NONE);
        url.setMessage(Messages.Prefs_urlHint);
        user = field(c, Messages.Prefs_user, loaded.user(), SWT.NONE);
        password = field(c, Messages.Prefs_password, loaded.password(), SWT.PASSWORD);
        new Label(c, SWT.NONE);
        test = new Button(c, SWT.PUSH);
        test.setText(Messages.Prefs_test);
        test.addListener(SWT.Selection, e -> testConnection());
        result = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(400, SWT.DEFAULT).applyTo(result);
        return c;
    }

    private Text field(Composite c, String label, String value, int style) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER | style);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(t);
        t.addModifyListener(e -> validate());
        return t;
    }

    private ConnectionSettings typed() {
        return new ConnectionSettings(url.getText(), user.getText(), password.getText());
    }

    private boolean validate() {
        try {
            typed().toConfig();
            setErrorMessage(null);
            setValid(true);
            return true;
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            setValid(false);
            return false;
        }
    }

    /** Opens the typed database in a Job (migrating it, as the store does) and shows the outcome. */
    public Job testConnection() {
        if (!validate()) {
            return null;
        }
        StoreConfig config = typed().toConfig();
        result.setText(Messages.Prefs_testing);
        test.setEnabled(false);
        Job job = new Job(Messages.Prefs_testing) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                String text;
                try (InspectionStore store = InspectionStore.open(config)) {
                    int rounds = new vn.egov.workbench.inspection.store.StoreQueries(store).rounds().size();
                    text = NLS.bind(Messages.Prefs_testOk, config, rounds);
                } catch (RuntimeException e) {
                    text = NLS.bind(Messages.Prefs_testFailed, e.getMessage());
                }
                String shown = text;
                if (!result.isDisposed()) {
                    result.getDisplay().asyncExec(() -> {
                        if (!result.isDisposed()) {
                            result.setText(shown);
                            test.setEnabled(true);
                            result.getParent().layout();
                        }
                    });
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == StoreJob.FAMILY;
            }
        };
        job.schedule();
        return job;
    }

    @Override
    protected void performDefaults() {
        url.setText(""); //$NON-NLS-1$
        user.setText(""); //$NON-NLS-1$
        password.setText(""); //$NON-NLS-1$
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        if (!validate()) {
            return false;
        }
        ConnectionSettings now = typed();
        try {
            now.save();
        } catch (Exception e) {
            setErrorMessage(NLS.bind(Messages.Prefs_saveFailed, e.getMessage()));
            return false;
        }
        if (!now.equals(loaded)) {
            loaded = now;
            StoreSession.get().reconnect(null); // the views reload from the new database
        }
        return true;
    }

    public String resultText() {
        return result.getText();
    }

    public Text urlField() {
        return url;
    }

    public Text userField() {
        return user;
    }

    public Text passwordField() {
        return password;
    }
}
