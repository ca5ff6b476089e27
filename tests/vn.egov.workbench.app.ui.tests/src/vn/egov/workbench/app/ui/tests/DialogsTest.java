package vn.egov.workbench.app.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.app.BuildInfo;
import vn.egov.workbench.app.WorkbenchIds;
import vn.egov.workbench.app.internal.AboutDialog;
import vn.egov.workbench.app.internal.GeneralPreferencePage;
import vn.egov.workbench.app.internal.LanguagePreference;

class DialogsTest {

    @AfterEach
    void reset() throws Exception {
        InstanceScope.INSTANCE.getNode(WorkbenchIds.BUNDLE_ID).remove(LanguagePreference.KEY);
    }

    @Test
    void aboutShowsTheVersionAndBuildId() {
        AboutDialog dialog = new AboutDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            UiTesting.runEvents();
            List<String> texts = labels(dialog.getShell());
            BuildInfo info = BuildInfo.current();
            assertTrue(texts.contains("Phiên bản " + info.version()), texts::toString);
            assertTrue(texts.contains("Bản dựng " + info.buildId()), texts::toString);
            assertTrue(texts.contains("Bàn làm việc Chính quyền điện tử"), texts::toString);
            assertEquals("Giới thiệu Bàn làm việc Chính quyền điện tử", dialog.getShell().getText());
        } finally {
            dialog.close();
        }
    }

    @Test
    void theGeneralPageStoresTheLanguageChoice() {
        Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
        GeneralPreferencePage page = new GeneralPreferencePage();
        try {
            page.init(PlatformUI.getWorkbench());
            page.createControl(shell);
            assertEquals(LanguagePreference.VIETNAMESE, page.selected(), "the default choice");
            page.select(LanguagePreference.ENGLISH);
            assertTrue(page.performOk());
            assertEquals(LanguagePreference.ENGLISH, LanguagePreference.load());
            page.select(LanguagePreference.SYSTEM);
            assertTrue(page.performOk());
            assertEquals(LanguagePreference.SYSTEM, LanguagePreference.load());
            page.performDefaults();
            assertEquals(LanguagePreference.VIETNAMESE, page.selected());
            assertEquals(3, radioLabels(shell).size());
            assertTrue(radioLabels(shell).contains("Tiếng Việt"), radioLabels(shell)::toString);
        } finally {
            page.dispose();
            shell.dispose();
        }
    }

    private static List<String> labels(Composite parent) {
        List<String> result = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (c instanceof Label l) {
                result.add(l.getText());
            } else if (c instanceof Composite child) {
                result.addAll(labels(child));
            }
        }
        return result;
    }

    private static List<String> radioLabels(Composite parent) {
        List<String> result = new ArrayList<>();
        for (Control c : parent.getChildren()) {
            if (c instanceof org.eclipse.swt.widgets.Button b && (b.getStyle() & org.eclipse.swt.SWT.RADIO) != 0) {
                result.add(b.getText());
            } else if (c instanceof Composite child) {
                result.addAll(radioLabels(child));
            }
        }
        return result;
    }
}
