package nl.passend.support;

import java.time.Instant;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

/** What an authenticator app would show now for a secret. */
public final class Totps {

    private Totps() {
    }

    public static String now(String secret) {
        try {
            return new DefaultCodeGenerator().generate(secret, Math.floorDiv(Instant.now().getEpochSecond(), 30));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
