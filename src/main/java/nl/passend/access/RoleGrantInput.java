package nl.passend.access;

import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

import nl.passend.shared.security.Role;
import nl.passend.shared.security.ScopeType;

/** A role to add to an account, with its scope where the role needs one. */
public class RoleGrantInput {

    @NotNull
    private Role role;
    private UUID scopeId;

    @AssertTrue(message = "{account.scope.required}")
    public boolean isScopeValid() {
        return role == null || (role.scope() == ScopeType.NONE) == (scopeId == null);
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public UUID getScopeId() {
        return scopeId;
    }

    public void setScopeId(UUID scopeId) {
        this.scopeId = scopeId;
    }
}
