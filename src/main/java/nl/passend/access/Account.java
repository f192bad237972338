package nl.passend.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.passend.shared.security.RoleGrant;

/** A user account of an SWV as the beheerder sees it (never the password hash or TOTP secret). */
public record Account(UUID id, String username, String displayName, String email, boolean active,
                      boolean totpEnabled, Instant lockedUntil, List<RoleGrant> grants, int version) {

    public Account {
        grants = List.copyOf(grants);
    }

    @Override
    public String toString() {
        return "Account[" + id + "]";
    }
}
