package nl.passend.access.internal;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Component;

/** TOTP (RFC 6238: SHA-1, 6 digits, 30 seconds, one step of clock drift either way). */
@Component
public class Totp {

    private final CodeVerifier verifier;

    Totp() {
        DefaultCodeVerifier codeVerifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1),
                new SystemTimeProvider());
        codeVerifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = codeVerifier;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    public boolean verify(String secret, String code) {
        if (secret == null || code == null) {
            return false;
        }
        String digits = code.replaceAll("\\s", "");
        return digits.matches("^[0-9]{6}$") && verifier.isValidCode(secret, digits);
    }

    /** A QR code (PNG data URI) an authenticator app scans; the label is the username, not a name. */
    public String qrDataUri(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Passend")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be generated", e);
        }
    }
}
