package nl.passend.access.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed attempts from this name or address in a short time. */
public class ThrottledException extends AuthenticationException {

    public ThrottledException() {
        super("too-many-attempts");
    }
}
