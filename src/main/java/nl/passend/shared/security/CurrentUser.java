package nl.passend.shared.security;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.passend.shared.PassendException;

/**
 * The signed-in user as the application sees it: account, tenant (absent for the platform role)
 * and role grants. Services take it as their first argument and check one permission per use case.
 */
public record CurrentUser(UUID accountId, UUID swvId, String username, String displayName,
                          List<RoleGrant> grants) implements Serializable {

    public CurrentUser {
        grants = List.copyOf(grants);
    }

    public Optional<UUID> tenant() {
        return Optional.ofNullable(swvId);
    }

    public boolean can(Permission permission) {
        return grants.stream().anyMatch(g -> g.role().grants(permission));
    }

    /** Refuses with {@code forbidden} unless a role of this user grants {@code permission}. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new PassendException.Forbidden("forbidden");
        }
    }

    /** The tenant of this user, or a refusal for users without one (the platform role). */
    public UUID requireTenant() {
        if (swvId == null) {
            throw new PassendException.Forbidden("forbidden");
        }
        return swvId;
    }

    /** Whether every role of this user is {@code role} (a parent who is nothing else, say). */
    public boolean holdsOnly(Role role) {
        return !grants.isEmpty() && grants.stream().allMatch(g -> g.role() == role);
    }

    /** Whether one of this user's roles requires two-factor login (where that is enforced). */
    public boolean requiresTwoFactor() {
        return grants.stream().anyMatch(g -> g.role().requiresTwoFactor());
    }

    @Override
    public String toString() {
        return "CurrentUser[" + accountId + "]";
    }
}
