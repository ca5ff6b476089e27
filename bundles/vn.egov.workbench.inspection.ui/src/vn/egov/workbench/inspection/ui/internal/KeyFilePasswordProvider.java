package vn.egov.workbench.inspection.ui.internal;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

/**
 * The master password of the secure storage: a random key created on first use in a file next to the
 * storage ({@code secure_storage.key}), readable and writable by the user only. The workbench has no
 * keyring module on Maven Central and must not prompt at every start; this keeps the database password
 * encrypted at rest and out of the preference files, with the user's file permissions as the guard.
 */
public class KeyFilePasswordProvider extends PasswordProvider {

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        try {
            Path storage = Path.of(container.getLocation().toURI());
            Path keyFile = storage.resolveSibling(storage.getFileName() + ".key"); //$NON-NLS-1$
            if (!Files.isRegularFile(keyFile)) {
                Files.createDirectories(keyFile.getParent());
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))); //$NON-NLS-1$
                Files.writeString(keyFile, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
            }
            return new PBEKeySpec(Files.readString(keyFile, StandardCharsets.US_ASCII).strip().toCharArray());
        } catch (IOException | URISyntaxException | UnsupportedOperationException e) {
            return null; // secure storage then reports that it has no password, and nothing is stored
        }
    }
}
