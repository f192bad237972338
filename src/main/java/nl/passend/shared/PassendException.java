package nl.passend.shared;

import java.util.Arrays;

/**
 * A refusal the user can act on. {@link #code()} is a stable kebab-case code (also the API's
 * ProblemDetail {@code code}); {@link #messageKey()} with {@link #arguments()} gives the Dutch text.
 * Messages never contain personal data.
 */
public abstract class PassendException extends RuntimeException {

    private final String code;
    private final Object[] arguments;

    protected PassendException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return "error." + code;
    }

    public Object[] arguments() {
        return Arrays.copyOf(arguments, arguments.length);
    }

    /** The HTTP status this refusal maps to. */
    public abstract int status();

    /** The thing asked for does not exist, or is not visible to this user (also another SWV's). */
    public static final class NotFound extends PassendException {
        public NotFound(String code, Object... arguments) {
            super(code, arguments);
        }

        @Override
        public int status() {
            return 404;
        }
    }

    /** The credentials are missing or wrong. */
    public static final class Unauthenticated extends PassendException {
        public Unauthenticated(String code, Object... arguments) {
            super(code, arguments);
        }

        @Override
        public int status() {
            return 401;
        }
    }

    /** The user lacks the permission for this use case. */
    public static final class Forbidden extends PassendException {
        public Forbidden(String code, Object... arguments) {
            super(code, arguments);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    /** The act clashes with the current state (a duplicate, a stale version, a concurrent act). */
    public static final class Conflict extends PassendException {
        public Conflict(String code, Object... arguments) {
            super(code, arguments);
        }

        @Override
        public int status() {
            return 409;
        }
    }

    /** The act breaks a domain rule. */
    public static final class RuleViolation extends PassendException {
        public RuleViolation(String code, Object... arguments) {
            super(code, arguments);
        }

        @Override
        public int status() {
            return 422;
        }
    }

    /** Too many attempts in a short time (login, token). */
    public static final class TooManyAttempts extends PassendException {
        public TooManyAttempts() {
            super("too-many-attempts");
        }

        @Override
        public int status() {
            return 429;
        }
    }
}
