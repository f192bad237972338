package nl.passend.shared.security;

import java.io.Serializable;
import java.util.UUID;

/** A role held by a user, limited to {@code scopeId} of {@code role.scope()} where the role needs a scope. */
public record RoleGrant(Role role, UUID scopeId) implements Serializable {

    public ScopeType scopeType() {
        return role.scope();
    }
}
