package nl.passend.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.security.ScopeType;

import org.junit.jupiter.api.Test;

class CurrentUserTests {

    private static CurrentUser with(Role role, UUID swv) {
        return new CurrentUser(UUID.randomUUID(), swv, "u", "U", List.of(new RoleGrant(role, null)));
    }

    @Test
    void onlyTheBeheerderManagesTheRegister() {
        assertThat(with(Role.BEHEERDER, UUID.randomUUID()).can(Permission.REGISTER_MANAGE)).isTrue();
        for (Role role : Role.values()) {
            if (role != Role.BEHEERDER) {
                assertThat(role.grants(Permission.REGISTER_MANAGE)).as(role.name()).isFalse();
            }
        }
    }

    @Test
    void onlyThePrivacyOfficerReadsTheAuditTrail() {
        assertThat(Role.PRIVACY.grants(Permission.AUDIT_READ)).isTrue();
        assertThat(List.of(Role.values()).stream().filter(r -> r.grants(Permission.AUDIT_READ)))
                .containsExactly(Role.PRIVACY);
    }

    @Test
    void platformRoleHasNoTenantAndNoRegisterAccess() {
        CurrentUser platform = with(Role.PLATFORM, null);

        assertThat(platform.can(Permission.TENANT_MANAGE)).isTrue();
        assertThat(platform.can(Permission.REGISTER_READ)).isFalse();
        assertThatThrownBy(platform::requireTenant).isInstanceOf(PassendException.Forbidden.class);
        assertThatThrownBy(() -> platform.require(Permission.REGISTER_READ))
                .isInstanceOf(PassendException.Forbidden.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("forbidden");
    }

    @Test
    void scopedRolesNameTheirScope() {
        assertThat(Role.IB.scope()).isEqualTo(ScopeType.SCHOOL);
        assertThat(Role.BESTUUR.scope()).isEqualTo(ScopeType.BESTUUR);
        assertThat(Role.CONSULENT.scope()).isEqualTo(ScopeType.WERKGEBIED);
        assertThat(Role.LEERPLICHT.scope()).isEqualTo(ScopeType.GEMEENTE);
        assertThat(Role.DIRECTEUR.scope()).isEqualTo(ScopeType.NONE);
    }

    @Test
    void swvStaffAndThePlatformMustUseTwoFactor() {
        assertThat(with(Role.CONSULENT, UUID.randomUUID()).requiresTwoFactor()).isTrue();
        assertThat(with(Role.PLATFORM, null).requiresTwoFactor()).isTrue();
        assertThat(with(Role.IB, UUID.randomUUID()).requiresTwoFactor()).isFalse();
        assertThat(with(Role.OUDER, UUID.randomUUID()).requiresTwoFactor()).isFalse();
    }

    @Test
    void toStringRevealsNoName() {
        assertThat(new CurrentUser(UUID.randomUUID(), null, "jan.jansen", "Jan Jansen", List.of()).toString())
                .doesNotContain("jan").doesNotContain("Jansen");
    }
}
