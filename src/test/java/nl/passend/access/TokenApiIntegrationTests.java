package nl.passend.access;

import static org.assertj.core.api.Assertions.assertThat;

import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.security.Role;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bearer tokens: issue with Basic (+ TOTP), use, revoke; and what stays closed without one. */
@PassendIntegrationTest
class TokenApiIntegrationTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void issuesATokenThatIdentifiesUserTenantAndRoles() {
        Fixtures.Tenant tenant = fixtures.tenant();

        var issued = api.requestToken(tenant.beheerder().username(), tenant.beheerder().password(),
                tenant.beheerder().totpCode());
        var me = api.get("/api/v1/me", issued.body().get("token").asString());

        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.body().get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("username").asString()).isEqualTo(tenant.beheerder().username());
        assertThat(me.body().get("tenant").get("administratienummer").asString())
                .isEqualTo(tenant.swv().administratienummer());
        assertThat(me.body().get("roles").get(0).get("role").asString()).isEqualTo("BEHEERDER");
    }

    @Test
    void revokedTokenNoLongerWorks() {
        Fixtures.Tenant tenant = fixtures.tenant();
        String token = api.token(tenant.beheerder());

        var revoked = api.send("DELETE", "/api/v1/tokens/current", token, null);
        var after = api.get("/api/v1/me", token);

        assertThat(revoked.status()).isEqualTo(204);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.code()).isEqualTo("invalid-token");
    }

    @Test
    void twoFactorUserNeedsTheCode() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser beheerder = tenant.beheerder();

        var withoutCode = api.requestToken(beheerder.username(), beheerder.password(), null);
        var wrongCode = api.requestToken(beheerder.username(), beheerder.password(), "000000");

        assertThat(withoutCode.status()).isEqualTo(401);
        assertThat(withoutCode.code()).isEqualTo("totp-required");
        assertThat(wrongCode.status()).isEqualTo(401);
        assertThat(wrongCode.code()).isEqualTo("bad-credentials");
    }

    @Test
    void aTotpCodeIsAcceptedOnlyOnce() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser beheerder = tenant.beheerder();
        String code = beheerder.totpCode();

        var first = api.requestToken(beheerder.username(), beheerder.password(), code);
        var replay = api.requestToken(beheerder.username(), beheerder.password(), code);

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.code()).isEqualTo("bad-credentials");
    }

    @Test
    void staffWithoutTwoFactorGetNoTokenWhenItIsRequired() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser consulent = fixtures.userWithoutTotp(tenant, Role.DIRECTEUR, null);

        var response = api.requestToken(consulent.username(), consulent.password(), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("two-factor-required");
    }

    @Test
    void nonStaffRoleGetsATokenWithPasswordOnly() {
        Fixtures.Tenant tenant = fixtures.tenant();
        var school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        Fixtures.TestUser ib = fixtures.user(tenant, Role.IB, school.id());

        assertThat(api.requestToken(ib.username(), ib.password(), null).status()).isEqualTo(201);
    }

    @Test
    void wrongPasswordIsRefusedAndRepeatedFailuresLockTheAccount() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser user = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);

        for (int i = 0; i < 5; i++) {
            var wrong = api.requestToken(user.username(), "wrong-password-" + i, null);
            assertThat(wrong.code()).isEqualTo("bad-credentials");
        }
        var locked = api.requestToken(user.username(), user.password(), null);

        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.code()).isEqualTo("account-locked");
    }

    @Test
    void anExpiredLockOutStartsTheCountAfresh() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser user = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);
        for (int i = 0; i < 5; i++) {
            api.requestToken(user.username(), "wrong-password-" + i, null);
        }
        nl.passend.shared.TenantContext.runAs(tenant.id(), () -> new org.springframework.transaction.support
                .TransactionTemplate(transactionManager).executeWithoutResult(status -> jdbc.sql(
                        "UPDATE account SET locked_until = now() - interval '1 minute' WHERE id = ?")
                .param(user.user().accountId()).update()));

        var oneMoreFailure = api.requestToken(user.username(), "wrong-again-password", null);
        var rightPassword = api.requestToken(user.username(), user.password(), null);

        assertThat(oneMoreFailure.code()).isEqualTo("bad-credentials");
        assertThat(rightPassword.status()).isEqualTo(201);
    }

    @Test
    void parallelGuessesCannotGetPastTheLockOut() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser user = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
        try {
            var answers = pool.invokeAll(java.util.stream.IntStream.range(0, 16)
                    .mapToObj(i -> (java.util.concurrent.Callable<String>) () ->
                            api.requestToken(user.username(), "guess-number-" + i, null).code())
                    .toList());
            java.util.List<String> codes = new java.util.ArrayList<>();
            for (var answer : answers) {
                codes.add(answer.get());
            }
            assertThat(codes.stream().filter("bad-credentials"::equals).count()).as("guesses checked").isEqualTo(5);
            assertThat(codes.stream().filter("account-locked"::equals).count()).isEqualTo(11);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoFactorAccountsGetAsManyAttemptsAsOthers() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser beheerder = tenant.beheerder();
        for (int i = 0; i < 4; i++) {
            api.requestToken(beheerder.username(), "wrong-password-" + i, null);
        }

        var fifth = api.requestToken(beheerder.username(), beheerder.password(), beheerder.totpCode());

        assertThat(fifth.status()).isEqualTo(201);
    }

    @Test
    void totpGuessesCountTowardsTheLockOut() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser beheerder = tenant.beheerder();
        for (int i = 0; i < 5; i++) {
            assertThat(api.requestToken(beheerder.username(), beheerder.password(), "00000" + i).code())
                    .isEqualTo("bad-credentials");
        }

        var locked = api.requestToken(beheerder.username(), beheerder.password(), beheerder.totpCode());

        assertThat(locked.code()).isEqualTo("account-locked");
    }

    @Test
    void aPasswordChosenBySomeoneElseGivesNoToken() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser ouder = fixtures.userWithChosenPassword(tenant, Role.OUDER, null);

        var response = api.requestToken(ouder.username(), ouder.password(), null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("password-change-required");
    }

    @Test
    void aPasswordResetByTheBeheerderRevokesTheTokens() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);
        String token = api.token(ouder);

        nl.passend.shared.TenantContext.runAs(tenant.id(), () -> accounts.resetPassword(tenant.beheerder().user(),
                ouder.user().accountId(), "een-nieuw-tijdelijk-wachtwoord"));

        assertThat(api.get("/api/v1/me", token).code()).isEqualTo("invalid-token");
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        var response = api.requestToken("niemand-" + System.nanoTime(), "whatever-password", null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("bad-credentials");
    }

    @Test
    void apiWithoutTokenOrWithAGarbageTokenIsClosed() {
        var none = api.get("/api/v1/scholen", null);
        var garbage = api.get("/api/v1/scholen", "not-a-real-token");
        var noBasic = api.post("/api/v1/tokens", null, null);

        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("unauthenticated");
        assertThat(garbage.status()).isEqualTo(401);
        assertThat(garbage.code()).isEqualTo("invalid-token");
        assertThat(noBasic.status()).isEqualTo(401);
        assertThat(noBasic.code()).isEqualTo("unauthenticated");
    }

    @Test
    void healthIsPublicAndNothingElseIs() {
        var health = api.get("/actuator/health", null);
        var docs = api.get("/v3/api-docs", null);
        var info = api.get("/actuator/info", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.raw()).contains("\"UP\"");
        assertThat(docs.status()).isIn(302, 401);
        assertThat(info.status()).isIn(302, 401, 404);
    }

    @Test
    void openApiDocumentDescribesTheApiForAnAuthenticatedClient() {
        Fixtures.Tenant tenant = fixtures.tenant();

        var docs = api.get("/v3/api-docs", api.token(tenant.beheerder()));

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("paths").has("/api/v1/scholen")).isTrue();
        assertThat(docs.body().get("paths").has("/api/v1/tokens")).isTrue();
    }
}
