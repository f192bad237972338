package nl.passend.access.internal;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.OptionalLong;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.stereotype.Component;

/**
 * TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, one step of clock drift either way). Tells which
 * time step a code belongs to, so a used code can be refused when it comes again.
 */
@Component
public class Totp {

    private static final int PERIOD = 30;
    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1);
    private final Clock clock;

    Totp(Clock clock) {
        this.clock = clock;
    }

    public String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** The time step the code is valid for (now, one before or one after), if any. */
    public OptionalLong matchingStep(String secret, String code) {
        if (secret == null || code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replaceAll("\\s", "");
        if (!digits.matches("^[0-9]{6}$")) {
            return OptionalLong.empty();
        }
        long now = Math.floorDiv(clock.instant().getEpochSecond(), PERIOD);
        OptionalLong match = OptionalLong.empty();
        for (long step = now - 1; step <= now + 1; step++) {
            if (constantTimeEquals(generate(secret, step), digits) && match.isEmpty()) {
                match = OptionalLong.of(step);
            }
        }
        return match;
    }

    /** A QR code (PNG data URI) an authenticator app scans; the label is the username, not a name. */
    public String qrDataUri(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Passend")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return Utils.getDataUriForImage(qr.generate(data), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be generated", e);
        }
    }

    private String generate(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
