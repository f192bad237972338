package nl.passend.access.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Encrypts secrets the application must be able to read back (TOTP seeds) before they go into the
 * database: AES-256-GCM with a key derived from {@code passend.security.secret-key}, so a database
 * dump or backup alone does not yield working codes. Stored values carry a version prefix.
 */
@Component
public class SecretBox {

    private static final String PREFIX = "v1:";
    /** KDF salt (hex); the secrecy lies in the configured key, not in this value. */
    private static final String SALT = "50617373656e642d746f74702d7631";
    private final TextEncryptor encryptor;

    SecretBox(@Value("${passend.security.secret-key:}") String key) {
        if (key == null || key.length() < 32) {
            throw new IllegalStateException(
                    "passend.security.secret-key (PASSEND_SECURITY_SECRET_KEY) must be set to at least 32 characters");
        }
        this.encryptor = Encryptors.delux(key, SALT);
    }

    public String seal(String plain) {
        return PREFIX + encryptor.encrypt(plain);
    }

    /** Opens a sealed value; {@code null} stays {@code null}. */
    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        if (!stored.startsWith(PREFIX)) {
            throw new IllegalStateException("Stored secret has an unknown format");
        }
        return encryptor.decrypt(stored.substring(PREFIX.length()));
    }
}
