package nl.passend.arrangement.verrekening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** /api/v1/verrekeningen over real HTTP with bearer tokens: JSON, CSV, scope and the idempotent vaststelling. */
@PassendIntegrationTest
class VerrekeningApiIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @LocalServerPort int port;

    @Test
    void servesTheSettlementAsJsonAndCsvOnlyWithinScopeAndStelsAMonthVastOnce() {
        VerrekeningWorld w = new VerrekeningWorld(fixtures, jdbc, new TransactionTemplate(transactions));
        String nummer = w.arrangement(w.schoolA, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "3650.00", null);
        w.arrangement(w.schoolA, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), "400.00", "OZA");
        Api api = new Api(port);
        String controller = api.token(w.controller);
        String bestuur = api.token(w.bestuurA);
        String pad = "/api/v1/verrekeningen?bestuur=" + w.a.id() + "&maand=2025-03";

        Api.Response json = api.get(pad, bestuur);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body().get("totaal").decimalValue()).isEqualByComparingTo("710.00");
        assertThat(json.body().get("vastgesteld").asBoolean()).isFalse();
        assertThat(json.body().get("regels")).hasSize(2);

        Api.Response csv = api.get(pad + "&format=csv", bestuur);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw()).startsWith("bestuur;bevoegd_gezag;maand;").contains(nummer).contains("310,00");

        Api.Response ander = api.get("/api/v1/verrekeningen?bestuur=" + w.b.id() + "&maand=2025-03", bestuur);
        assertThat(ander.status()).isEqualTo(404);
        assertThat(ander.code()).isEqualTo("verrekening-bestuur-onbekend");

        String vaststelling = "/api/v1/verrekeningen/vaststelling?bestuur=" + w.a.id() + "&maand=2025-03";
        assertThat(api.post(vaststelling, bestuur, null).status()).isEqualTo(403);
        Api.Response vast = api.post(vaststelling, controller, null);
        assertThat(vast.status()).isEqualTo(200);
        assertThat(vast.body().get("vastgesteld").asBoolean()).isTrue();
        Api.Response nogmaals = api.post(vaststelling, controller, null);
        assertThat(nogmaals.body().get("vastgesteldOp").asString()).isEqualTo(vast.body().get("vastgesteldOp").asString());
        assertThat(api.get(pad, bestuur).body().get("vastgesteld").asBoolean()).isTrue();
    }
}
