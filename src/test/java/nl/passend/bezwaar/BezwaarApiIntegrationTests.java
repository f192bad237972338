package nl.passend.bezwaar;

import static org.assertj.core.api.Assertions.assertThat;

import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Bezwaren through /api/v1, over real HTTP with bearer tokens. */
@PassendIntegrationTest
class BezwaarApiIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @LocalServerPort int port;

    Api api;
    BezwaarWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new BezwaarWorld(fixtures, tlv, jdbc, transactions);
    }

    @Test
    void staffRegisterABezwaarReadItBackAndGetAProblemForAnActOutOfOrder() {
        BezwaarWorld.Case c = w.decided(30);
        String token = api.token(w.medewerker);

        var created = api.post("/api/v1/bezwaren", token, """
                {"besluitId": "%s", "indiener": "OUDERS", "ontvangenOp": "%s", "poststempel": "%s",
                 "gronden": "Wij zijn het niet eens met het advies."}"""
                .formatted(c.besluit().id(), c.sent().plusDays(20), c.sent().plusDays(19)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();

        var read = api.get("/api/v1/bezwaren/" + id, token);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("status").asString()).isEqualTo("ONTVANGEN");
        assertThat(read.body().get("tijdig").asBoolean()).isTrue();
        assertThat(read.body().get("termijnEinde").asString()).isEqualTo(c.sent().plusWeeks(6).toString());

        var refused = api.post("/api/v1/bezwaren/" + id + "/hoorzitting", token,
                "{\"datum\": \"%s\", \"version\": 0}".formatted(w.today()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("bezwaar-status-ontvangen");
        assertThat(refused.contentType()).startsWith("application/problem+json");

        var forwarded = api.post("/api/v1/bezwaren/" + id + "/doorsturen", token,
                "{\"datum\": \"%s\", \"version\": 0}".formatted(w.today()));
        assertThat(forwarded.status()).isEqualTo(200);
        assertThat(forwarded.body().get("status").asString()).isEqualTo("DOORGESTUURD");
        assertThat(api.get("/api/v1/bezwaren?status=DOORGESTUURD", token).body().size()).isEqualTo(1);
    }

    @Test
    void aParentFilesThroughTheApiAndMayNotDecide() {
        BezwaarWorld.Case c = w.decided(10);
        String token = api.token(w.ouder);

        var filed = api.post("/api/v1/bezwaren", token, """
                {"besluitId": "%s", "gronden": "Onze dochter hoort op haar eigen school."}""".formatted(c.besluit().id()));
        assertThat(filed.status()).isEqualTo(201);
        assertThat(filed.body().get("indiener").asString()).isEqualTo("OUDERS");

        var decide = api.post("/api/v1/bezwaren/" + filed.body().get("id").asString() + "/beslissen", token,
                "{\"datum\": \"%s\", \"uitkomst\": \"GEGROND\", \"toelichting\": \"Ja.\"}".formatted(w.today()));
        assertThat(decide.status()).isEqualTo(403);
        assertThat(decide.code()).isEqualTo("forbidden");
    }
}
