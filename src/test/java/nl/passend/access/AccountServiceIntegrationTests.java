package nl.passend.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;

import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The beheerder's user management rules. */
@PassendIntegrationTest
class AccountServiceIntegrationTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Autowired
    void transactions(org.springframework.transaction.PlatformTransactionManager manager) {
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(manager);
    }

    private static <T> T as(Fixtures.Tenant tenant, Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), work);
    }

    private static String code(Runnable act) {
        try {
            act.run();
            return null;
        } catch (PassendException e) {
            return e.code();
        }
    }

    @Test
    void anSwvKeepsAtLeastOneActiveBeheerder() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser second = fixtures.user(tenant, Role.BEHEERDER, null);
        var first = tenant.beheerder();

        as(tenant, () -> accounts.setActive(first.user(), second.user().accountId(), false));

        assertThat(code(() -> as(tenant, () -> accounts.removeRole(first.user(), first.user().accountId(),
                Role.BEHEERDER, null)))).isEqualTo("account-last-beheerder");
        as(tenant, () -> accounts.setActive(first.user(), second.user().accountId(), true));
        as(tenant, () -> accounts.removeRole(first.user(), first.user().accountId(), Role.BEHEERDER, null));
        assertThat(as(tenant, () -> accounts.get(second.user(), first.user().accountId())).grants()).isEmpty();
    }

    @Test
    void aRoleIsGrantedOnlyOncePerScope() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser toezicht = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);
        RoleGrantInput again = new RoleGrantInput();
        again.setRole(Role.TOEZICHT);

        assertThatThrownBy(() -> as(tenant, () -> accounts.addRole(tenant.beheerder().user(),
                toezicht.user().accountId(), again)))
                .isInstanceOf(PassendException.Conflict.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo("account-role-exists");
    }

    @Test
    void scopedRolesNeedAScopeOfTheirOwnSwv() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.Tenant other = fixtures.tenant();
        var schoolElsewhere = fixtures.school(other, fixtures.bestuur(other), nl.passend.organisation.SchoolSoort.BAO);
        Fixtures.TestUser toezicht = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);
        RoleGrantInput ib = new RoleGrantInput();
        ib.setRole(Role.IB);
        ib.setScopeId(schoolElsewhere.id());

        assertThat(code(() -> as(tenant, () -> accounts.addRole(tenant.beheerder().user(), toezicht.user().accountId(),
                ib)))).isEqualTo("account-scope-unknown");
    }

    @Test
    void twoFactorSeedsAreStoredEncrypted() {
        Fixtures.Tenant tenant = fixtures.tenant();
        String stored = as(tenant, () -> transactions.execute(status -> jdbc.sql(
                "SELECT totp_secret FROM account WHERE id = ?").param(tenant.beheerder().user().accountId())
                .query(String.class).single()));

        assertThat(stored).startsWith("v1:").doesNotContain(tenant.beheerder().totpSecret());
    }

    @Test
    void twoFactorResetTurnsItOff() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser consulent = fixtures.user(tenant, Role.MEDEWERKER, null);

        Account after = as(tenant, () -> accounts.resetTotp(tenant.beheerder().user(), consulent.user().accountId()));

        assertThat(after.totpEnabled()).isFalse();
    }
}
