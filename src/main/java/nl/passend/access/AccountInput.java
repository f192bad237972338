package nl.passend.access;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import nl.passend.shared.security.Role;

/**
 * A new account with its first role, as a beheerder (or, for a new SWV, the platform beheerder)
 * enters it. The scope is required for roles limited to a school, bestuur, werkgebied or gemeente.
 */
public class AccountInput {

    @NotBlank
    @Pattern(regexp = "^[a-z0-9][a-z0-9._-]{1,62}$", message = "{account.username.invalid}")
    private String username;
    @NotBlank
    @Size(max = 200)
    private String displayName;
    @Email
    @Size(max = 200)
    private String email;
    @NotBlank
    @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH, message = "{account.password.length}")
    private String password;
    @NotNull
    private Role role;
    private UUID scopeId;

    @AssertTrue(message = "{account.scope.required}")
    public boolean isScopeValid() {
        return role == null || (role.scope() == nl.passend.shared.security.ScopeType.NONE) == (scopeId == null);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? null : displayName.strip();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
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

    @Override
    public String toString() {
        return "AccountInput[" + username + "]";
    }
}
