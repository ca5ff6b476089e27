package vn.egov.workbench.inspection.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.egov.workbench.inspection.store.StoreConfig;
import vn.egov.workbench.inspection.ui.InspectionUi;
import vn.egov.workbench.inspection.ui.internal.ConnectionPreferencePage;
import vn.egov.workbench.inspection.ui.internal.ConnectionSettings;

/** The database connection in Preferences: URL and user in the preferences, the password encrypted. */
class ConnectionPreferencesTest {

    @AfterEach
    void forget() throws Exception {
        InstanceScope.INSTANCE.getNode(InspectionUi.BUNDLE_ID).clear();
        new ConnectionSettings("", "", "").save();
    }

    @Test
    void thePasswordIsKeptEncryptedInSecureStorage() throws Exception {
        Path dir = Files.createTempDirectory("egov-secure");
        Path storage = dir.resolve("secure_storage");
        ConnectionSettings.useStorage(storage);
        new ConnectionSettings("jdbc:postgresql://127.0.0.1:5432/egov", "thanhtra", "mật-khẩu-Bí-mật").save();
        ConnectionSettings loaded = ConnectionSettings.load();
        assertEquals("jdbc:postgresql://127.0.0.1:5432/egov", loaded.url());
        assertEquals("thanhtra", loaded.user());
        assertEquals("mật-khẩu-Bí-mật", loaded.password());
        assertFalse(loaded.isEmbedded());
        assertTrue(Files.isRegularFile(storage));
        String stored = Files.readString(storage, StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("Bí-mật") || stored.contains("B\\u00ed"), "the password is not in clear text");
        assertTrue(Files.isRegularFile(dir.resolve("secure_storage.key")), "the master key file");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions
                .toString(Files.getPosixFilePermissions(dir.resolve("secure_storage.key"))));
        // an empty URL is the embedded database in the user's data folder
        assertEquals(StoreConfig.defaultEmbedded(), new ConnectionSettings("", "", "").toConfig());
    }

    @Test
    void thePageTestsAConnectionAndRefusesABadUrl() throws Exception {
        ConnectionSettings.useStorage(Files.createTempDirectory("egov-secure").resolve("secure_storage"));
        Path db = Files.createTempDirectory("egov-pref-db").resolve("other");
        Shell shell = new Shell(PlatformUI.getWorkbench().getDisplay());
        ConnectionPreferencePage page = new ConnectionPreferencePage();
        try {
            page.init(PlatformUI.getWorkbench());
            page.createControl(shell);
            assertEquals("", page.urlField().getText(), "the embedded database by default");
            Ui.type(page.urlField(), "jdbc:mysql://localhost/egov");
            assertFalse(page.isValid());
            assertNotNull(page.getErrorMessage());
            assertTrue(page.getErrorMessage().contains("jdbc:mysql://localhost/egov"), page.getErrorMessage());

            Ui.type(page.urlField(), StoreConfig.embedded(db).url());
            Ui.type(page.userField(), "sa");
            assertTrue(page.isValid());
            page.testConnection();
            Ui.settle();
            // a new, empty database: migrated, no rounds (the sample loads only into the default one)
            assertTrue(page.resultText().startsWith("Đã kết nối"), page.resultText());
            assertTrue(page.resultText().endsWith("0 đợt thanh tra."), page.resultText());

            Ui.type(page.urlField(), "jdbc:postgresql://127.0.0.1:1/none");
            page.testConnection();
            Ui.settle();
            assertTrue(page.resultText().startsWith("Kết nối không thành công"), page.resultText());
        } finally {
            page.dispose();
            shell.dispose();
        }
    }
}
