package vn.egov.workbench.app.internal;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.PlatformUI;
import org.osgi.service.prefs.BackingStoreException;

/** General: the user interface language (system, Vietnamese, English), applied on restart. */
public class GeneralPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

    private final java.util.Map<LanguagePreference, Button> buttons = new java.util.EnumMap<>(LanguagePreference.class);

    @Override
    public void init(IWorkbench workbench) {
        setDescription(Messages.Preferences_general_description);
    }

    @Override
    protected Control createContents(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(page);
        Group group = new Group(page, SWT.NONE);
        group.setText(Messages.Preferences_language);
        GridLayoutFactory.swtDefaults().applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        for (LanguagePreference p : LanguagePreference.values()) {
            Button b = new Button(group, SWT.RADIO);
            b.setText(p.label());
            b.setData(p);
            buttons.put(p, b);
        }
        new Label(group, SWT.WRAP).setText(Messages.Preferences_language_restart);
        select(LanguagePreference.load());
        return page;
    }

    /** The choice currently selected on the page. */
    public LanguagePreference selected() {
        return buttons.entrySet().stream().filter(e -> e.getValue().getSelection())
                .map(java.util.Map.Entry::getKey).findFirst().orElse(LanguagePreference.DEFAULT);
    }

    public void select(LanguagePreference p) {
        buttons.forEach((key, button) -> button.setSelection(key == p));
    }

    @Override
    public void performDefaults() {
        select(LanguagePreference.DEFAULT);
        super.performDefaults();
    }

    @Override
    public boolean performOk() {
        LanguagePreference chosen = selected();
        boolean changed = chosen != LanguagePreference.load();
        try {
            chosen.save();
        } catch (BackingStoreException e) {
            setErrorMessage(e.getLocalizedMessage());
            return false;
        }
        if (changed && !chosen.isInEffect() && getShell() != null && getShell().isVisible()
                && MessageDialog.openQuestion(getShell(), Messages.Preferences_language,
                        Messages.Preferences_language_restartNow)) {
            getShell().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().restart());
        }
        return true;
    }
}
