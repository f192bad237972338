package nl.passend.support;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/**
 * What an authenticator app would show for a secret. Passend accepts each code once, so a test
 * that signs in twice within 30 seconds gets the next step's code the second time (Passend accepts
 * one step of drift).
 */
public final class Totps {

    private static final Map<String, Long> LAST_STEP = new ConcurrentHashMap<>();

    private Totps() {
    }

    /** A code not handed out before for this secret. */
    public static String next(String secret) {
        long now = Math.floorDiv(Instant.now().getEpochSecond(), 30);
        long step = LAST_STEP.merge(secret, now, (last, current) -> Math.max(current, last + 1));
        if (step > now + 1) {
            throw new IllegalStateException("A test used more than two TOTP codes of one user within 30 seconds");
        }
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
