package nl.passend.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import nl.passend.shared.security.Role;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The register through /api/v1, over real HTTP with bearer tokens. */
@PassendIntegrationTest
class RegisterApiIntegrationTests {

    @Autowired
    Fixtures fixtures;
    @LocalServerPort
    int port;
    Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void beheerderRegistersASchoolAndReadsItBack() {
        Fixtures.Tenant tenant = fixtures.tenant();
        String token = api.token(tenant.beheerder());

        var bestuur = api.post("/api/v1/besturen", token, """
                {"naam": "Stichting Duin", "bevoegdGezagNummer": "41234", "iban": "NL91 ABNA 0417 1643 00"}""");
        assertThat(bestuur.status()).isEqualTo(201);
        assertThat(bestuur.body().get("iban").asString()).isEqualTo("NL91ABNA0417164300");
        String bestuurId = bestuur.body().get("id").asString();

        var school = api.post("/api/v1/scholen", token, """
                {"brin": "12ab", "vestigingsnummer": "00", "naam": "De Duinroos", "soort": "SO", "cluster": 4,
                 "bestuurId": "%s"}""".formatted(bestuurId));
        assertThat(school.status()).isEqualTo(201);
        assertThat(school.body().get("brin").asString()).isEqualTo("12AB");

        var read = api.get("/api/v1/scholen/" + school.body().get("id").asString(), token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("naam").asString()).isEqualTo("De Duinroos");
        assertThat(api.get("/api/v1/scholen?soort=SO", token).body().size()).isEqualTo(1);
        assertThat(api.get("/api/v1/scholen?soort=BAO", token).body().size()).isZero();
    }

    @Test
    void anotherSwvsSchoolIsNotFound() {
        Fixtures.Tenant a = fixtures.tenant();
        Fixtures.Tenant b = fixtures.tenant();
        School schoolOfB = fixtures.school(b, fixtures.bestuur(b), SchoolSoort.BAO);

        var response = api.get("/api/v1/scholen/" + schoolOfB.id(), api.token(a.beheerder()));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("school-not-found");
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void refusesAnInvalidBrinWithAFieldError() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Bestuur bestuur = fixtures.bestuur(tenant);

        var response = api.post("/api/v1/scholen", api.token(tenant.beheerder()), """
                {"brin": "1ABC", "naam": "X", "soort": "BAO", "bestuurId": "%s"}""".formatted(bestuur.id()));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("validation-failed");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("brin");
        assertThat(response.body().get("errors").get(0).get("message").asString()).contains("2 cijfers en 2 letters");
    }

    @Test
    void refusesAClusterOnABaoSchoolAndAnSoSchoolWithoutOne() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Bestuur bestuur = fixtures.bestuur(tenant);
        String token = api.token(tenant.beheerder());

        var bao = api.post("/api/v1/scholen", token, """
                {"brin": "12AB", "naam": "X", "soort": "BAO", "cluster": 3, "bestuurId": "%s"}""".formatted(bestuur.id()));
        var so = api.post("/api/v1/scholen", token, """
                {"brin": "12AB", "naam": "X", "soort": "SO", "bestuurId": "%s"}""".formatted(bestuur.id()));

        assertThat(bao.status()).isEqualTo(400);
        assertThat(bao.body().get("errors").get(0).get("field").asString()).isEqualTo("clusterValid");
        assertThat(so.status()).isEqualTo(400);
    }

    @Test
    void refusesADuplicateBrinAndAnUnknownBestuur() {
        Fixtures.Tenant tenant = fixtures.tenant();
        Bestuur bestuur = fixtures.bestuur(tenant);
        School existing = fixtures.school(tenant, bestuur, SchoolSoort.BAO);
        String token = api.token(tenant.beheerder());

        var duplicate = api.post("/api/v1/scholen", token, """
                {"brin": "%s", "naam": "Kopie", "soort": "BAO", "bestuurId": "%s"}"""
                .formatted(existing.brin(), bestuur.id()));
        var unknown = api.post("/api/v1/scholen", token, """
                {"brin": "99ZZ", "naam": "Wees", "soort": "BAO", "bestuurId": "%s"}"""
                .formatted(java.util.UUID.randomUUID()));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("school-brin-taken");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.code()).isEqualTo("school-bestuur-unknown");
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        Fixtures.Tenant tenant = fixtures.tenant();
        String token = api.token(tenant.beheerder());
        var created = api.post("/api/v1/werkgebieden", token, "{\"naam\": \"Noord\"}");
        String id = created.body().get("id").asString();

        var first = api.put("/api/v1/werkgebieden/" + id, token, "{\"naam\": \"Noord-West\", \"version\": 0}");
        var second = api.put("/api/v1/werkgebieden/" + id, token, "{\"naam\": \"Noord-Oost\", \"version\": 0}");
        var withoutVersion = api.put("/api/v1/werkgebieden/" + id, token, "{\"naam\": \"Noord-Oost\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("version").asInt()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("stale-version");
        assertThat(withoutVersion.code()).isEqualTo("version-required");
    }

    @Test
    void recordsPupilCountsAndRefusesANegativeCount() {
        Fixtures.Tenant tenant = fixtures.tenant();
        School school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        String token = api.token(tenant.beheerder());

        var ok = api.post("/api/v1/leerlingtellingen", token, """
                {"schoolId": "%s", "teldatum": "2026-10-01", "aantal": 212, "bron": "DUO", "status": "VOORLOPIG"}"""
                .formatted(school.id()));
        var negative = api.post("/api/v1/leerlingtellingen", token, """
                {"schoolId": "%s", "teldatum": "2026-02-01", "aantal": -3, "bron": "HANDMATIG", "status": "VOORLOPIG"}"""
                .formatted(school.id()));
        var again = api.post("/api/v1/leerlingtellingen", token, """
                {"schoolId": "%s", "teldatum": "2026-10-01", "aantal": 215, "bron": "DUO", "status": "DEFINITIEF"}"""
                .formatted(school.id()));

        assertThat(ok.status()).isEqualTo(201);
        assertThat(api.get("/api/v1/leerlingtellingen?teldatum=2026-10-01", token).body().get(0).get("aantal").asInt())
                .isEqualTo(212);
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.body().get("errors").get(0).get("field").asString()).isEqualTo("aantal");
        assertThat(again.code()).isEqualTo("leerlingtelling-exists");
        var otherDay = api.post("/api/v1/leerlingtellingen", token, """
                {"schoolId": "%s", "teldatum": "2026-09-15", "aantal": 200, "bron": "DUO", "status": "VOORLOPIG"}"""
                .formatted(school.id()));
        assertThat(otherDay.body().get("errors").get(0).get("field").asString()).isEqualTo("teldatumValid");
    }

    @Test
    void beheerderKeepsTheLetterDetailsOfTheOwnSwv() {
        Fixtures.Tenant tenant = fixtures.tenant();
        String token = api.token(tenant.beheerder());

        var before = api.get("/api/v1/samenwerkingsverband", token);
        var updated = api.put("/api/v1/samenwerkingsverband", token, """
                {"adres": "Duinweg 1, 1234 AB Duinmeer", "directeurNaam": "D. Directeur", "bestuurNaam": "Bestuur SWV",
                 "version": %d}""".formatted(before.body().get("version").asInt()));

        assertThat(before.body().get("administratienummer").asString()).isEqualTo(tenant.swv().administratienummer());
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("directeurNaam").asString()).isEqualTo("D. Directeur");
        assertThat(api.get("/api/v1/samenwerkingsverband", token).body().get("adres").asString())
                .isEqualTo("Duinweg 1, 1234 AB Duinmeer");
    }

    @Test
    void malformedJsonGetsASpecificProblem() {
        Fixtures.Tenant tenant = fixtures.tenant();

        var response = api.post("/api/v1/scholen", api.token(tenant.beheerder()), "{\"soort\": \"MAVO\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("malformed-request");
    }

    @Test
    void readOnlyRolesCanReadButNotWrite() {
        Fixtures.Tenant tenant = fixtures.tenant();
        School school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        Fixtures.TestUser ib = fixtures.user(tenant, Role.IB, school.id());
        String token = api.token(ib);

        assertThat(api.get("/api/v1/scholen", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/besturen", token).body().get(0).get("iban").isNull())
                .as("the bank account is for those who manage the register").isTrue();
        var write = api.post("/api/v1/werkgebieden", token, "{\"naam\": \"Zuid\"}");
        assertThat(write.status()).isEqualTo(403);
        assertThat(write.code()).isEqualTo("forbidden");
    }

    @Test
    void platformUserCreatesTenantsButReadsNoTenantData() {
        Fixtures.Tenant existing = fixtures.tenant();
        fixtures.school(existing, fixtures.bestuur(existing), SchoolSoort.BAO);
        String token = api.token(fixtures.platformAccount());

        var created = api.post("/api/v1/samenwerkingsverbanden", token, """
                {"swv": {"naam": "SWV Nieuw", "administratienummer": "VO 9%d-%02d"},
                 "beheerder": {"username": "beheer-%s", "displayName": "Nieuwe Beheerder",
                               "password": "een-lang-wachtwoord"}}"""
                .formatted(ThreadLocalRandom.current().nextInt(10), ThreadLocalRandom.current().nextInt(100),
                        java.util.UUID.randomUUID().toString().substring(0, 8)));
        var scholen = api.get("/api/v1/scholen", token);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("sector").asString()).isEqualTo("VO");
        assertThat(scholen.status()).isEqualTo(403);
    }
}
