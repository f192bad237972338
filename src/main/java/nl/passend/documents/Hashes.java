package nl.passend.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints of document bytes, to prove later that a stored letter is the one that was sent. */
public final class Hashes {

    private Hashes() {
    }

    /** The SHA-256 digest of {@code bytes} as 64 lower-case hexadecimal characters. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform supports SHA-256", e);
        }
    }
}
