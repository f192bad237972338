package nl.passend.support;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import nl.passend.access.AccountInput;
import nl.passend.access.AccountService;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurInput;
import nl.passend.organisation.BestuurService;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Swv;
import nl.passend.organisation.SwvInput;
import nl.passend.platform.TenantOnboarding;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;

import org.springframework.boot.test.context.TestComponent;

/**
 * Builds test data through the real services: every test makes its own SWV, so tests never see
 * each other's rows and need no clean-up.
 */
@TestComponent
public class Fixtures {

    public static final String PASSWORD = "correct-horse-battery";
    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(10_000));

    private final TenantOnboarding onboarding;
    private final AccountService accounts;
    private final BestuurService besturen;
    private final SchoolService scholen;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final nl.passend.access.internal.SecretBox secrets;
    private final org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

    Fixtures(TenantOnboarding onboarding, AccountService accounts, BestuurService besturen, SchoolService scholen,
             org.springframework.jdbc.core.simple.JdbcClient jdbc,
             org.springframework.security.crypto.password.PasswordEncoder passwordEncoder,
             org.springframework.transaction.PlatformTransactionManager transactionManager,
             nl.passend.access.internal.SecretBox secrets) {
        this.secrets = secrets;
        this.transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.besturen = besturen;
        this.scholen = scholen;
    }

    /** A new SWV with its beheerder. */
    public record Tenant(Swv swv, TestUser beheerder) {
        public UUID id() {
            return swv.id();
        }
    }

    /** A user of a test tenant: login name, password and the user as services see it. */
    public record TestUser(String username, String password, CurrentUser user, String totpSecret) {

        /** The current TOTP code of this user's authenticator, or null without two-factor. */
        public String totpCode() {
            return totpSecret == null ? null : Totps.next(totpSecret);
        }

        @Override
        public String toString() {
            return "TestUser[" + username + "]";
        }
    }

    public static CurrentUser platformUser() {
        return new CurrentUser(UUID.randomUUID(), null, "test-platform", "Test Platform",
                List.of(new RoleGrant(Role.PLATFORM, null)));
    }

    public Tenant tenant() {
        for (int attempt = 0; attempt < 20; attempt++) {
            String nummer = "PO%04d".formatted(Math.floorMod(SEQUENCE.incrementAndGet(), 10_000));
            SwvInput swv = new SwvInput();
            swv.setNaam("Test-SWV " + nummer);
            swv.setAdministratienummer(nummer);
            String username = "beheer-" + nummer.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 6);
            AccountInput beheerder = account(username, Role.BEHEERDER, null);
            try {
                Swv created = onboarding.onboard(platformUser(), swv, beheerder);
                UUID accountId = TenantContext.callAs(created.id(), () -> accounts.list(asBeheerder(created.id()))).stream()
                        .filter(a -> a.username().equals(username)).findFirst().orElseThrow().id();
                CurrentUser user = new CurrentUser(accountId, created.id(), username, "Beheerder",
                        List.of(new RoleGrant(Role.BEHEERDER, null)));
                ownPassword(created.id(), accountId);
                return new Tenant(created, new TestUser(username, PASSWORD, user, enableTotp(accountId)));
            } catch (PassendException.Conflict taken) {
                // another run used this number; take the next
            }
        }
        throw new IllegalStateException("No free administratienummer for a test tenant");
    }

    /** A user with one role in the tenant, created by its beheerder. */
    public TestUser user(Tenant tenant, Role role, UUID scopeId) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = TenantContext.callAs(tenant.id(),
                () -> accounts.create(tenant.beheerder().user(), account(username, role, scopeId)));
        ownPassword(tenant.id(), created.id());
        CurrentUser user = new CurrentUser(created.id(), tenant.id(), username, created.displayName(), created.grants());
        return new TestUser(username, PASSWORD, user, user.requiresTwoFactor() ? enableTotp(created.id()) : null);
    }

    /** A user with one role and no two-factor (allowed only for roles outside SWV staff, or in tests of the set-up). */
    public TestUser userWithoutTotp(Tenant tenant, Role role, UUID scopeId) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = TenantContext.callAs(tenant.id(),
                () -> accounts.create(tenant.beheerder().user(), account(username, role, scopeId)));
        ownPassword(tenant.id(), created.id());
        return new TestUser(username, PASSWORD, new CurrentUser(created.id(), tenant.id(), username,
                created.displayName(), created.grants()), null);
    }

    /**
     * Accounts made by a beheerder must choose an own password at their first login; test users
     * skip that step (tests of that step use {@link #userWithChosenPassword}).
     */
    private void ownPassword(UUID swvId, UUID accountId) {
        TenantContext.runAs(swvId, () -> transactions.executeWithoutResult(status -> jdbc.sql(
                "UPDATE account SET must_change_password = false WHERE id = ?").param(accountId).update()));
    }

    /** A user whose password the beheerder chose: must change it at the first login. */
    public TestUser userWithChosenPassword(Tenant tenant, Role role, UUID scopeId) {
        String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        var created = TenantContext.callAs(tenant.id(),
                () -> accounts.create(tenant.beheerder().user(), account(username, role, scopeId)));
        return new TestUser(username, PASSWORD, new CurrentUser(created.id(), tenant.id(), username,
                created.displayName(), created.grants()), null);
    }

    /** A platform account (no tenant), with two-factor as required for its role. */
    public TestUser platformAccount() {
        String username = "platform-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = jdbc.sql("SELECT auth_create_platform_account(?, ?, ?)")
                .params(username, "Test Platform", passwordEncoder.encode(PASSWORD)).query(UUID.class).single();
        return new TestUser(username, PASSWORD, new CurrentUser(id, null, username, "Test Platform",
                List.of(new RoleGrant(Role.PLATFORM, null))), enableTotp(id));
    }

    /** Switches on TOTP for an account, as if its holder had scanned the QR code. */
    public String enableTotp(UUID accountId) {
        String secret = new dev.samstevens.totp.secret.DefaultSecretGenerator(32).generate();
        jdbc.sql("SELECT auth_enable_totp(?, ?)").params(accountId, secrets.seal(secret)).query(rs -> { });
        return secret;
    }

    /** Gives an existing test user a second role. */
    public void addRole(Tenant tenant, TestUser user, Role role, UUID scopeId) {
        nl.passend.access.RoleGrantInput grant = new nl.passend.access.RoleGrantInput();
        grant.setRole(role);
        grant.setScopeId(scopeId);
        TenantContext.callAs(tenant.id(), () -> accounts.addRole(tenant.beheerder().user(), user.user().accountId(), grant));
    }

    public Bestuur bestuur(Tenant tenant) {
        BestuurInput input = new BestuurInput();
        input.setNaam("Stichting Test " + UUID.randomUUID().toString().substring(0, 4));
        input.setBevoegdGezagNummer("%05d".formatted(ThreadLocalRandom.current().nextInt(100_000)));
        return TenantContext.callAs(tenant.id(), () -> besturen.create(tenant.beheerder().user(), input));
    }

    public School school(Tenant tenant, Bestuur bestuur, SchoolSoort soort) {
        SchoolInput input = new SchoolInput();
        input.setBrin(randomBrin());
        input.setVestigingsnummer("00");
        input.setNaam("School " + UUID.randomUUID().toString().substring(0, 4));
        input.setSoort(soort);
        input.setCluster(soort == SchoolSoort.SO ? 4 : null);
        input.setBestuurId(bestuur.id());
        return TenantContext.callAs(tenant.id(), () -> scholen.create(tenant.beheerder().user(), input));
    }

    public static String randomBrin() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "%02d%c%c".formatted(r.nextInt(100), (char) ('A' + r.nextInt(26)), (char) ('A' + r.nextInt(26)));
    }

    private static AccountInput account(String username, Role role, UUID scopeId) {
        AccountInput input = new AccountInput();
        input.setUsername(username);
        input.setDisplayName("Test " + role.name());
        input.setPassword(PASSWORD);
        input.setRole(role);
        input.setScopeId(scopeId);
        return input;
    }

    private static CurrentUser asBeheerder(UUID swvId) {
        return new CurrentUser(UUID.randomUUID(), swvId, "fixture", "Fixture", List.of(new RoleGrant(Role.BEHEERDER, null)));
    }
}
