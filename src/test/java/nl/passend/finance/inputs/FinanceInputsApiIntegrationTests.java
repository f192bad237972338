package nl.passend.finance.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import nl.passend.shared.security.Role;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Normbedragen, bekostigingstellingen and baten through /api/v1, over real HTTP with bearer tokens. */
@PassendIntegrationTest
class FinanceInputsApiIntegrationTests {

    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void controllerCorrectsAnAmountImportsCountsAndReadsTheBaten() throws Exception {
        Api api = new Api(port);
        Fixtures.Tenant tenant = fixtures.tenant();
        String token = api.token(fixtures.user(tenant, Role.CONTROLLER, null));

        var created = api.post("/api/v1/normbedragen", token, """
                {"jaar": 2024, "soort": "LICHTE_ONDERSTEUNING", "waarde": 190.50, "status": "VOORLOPIG",
                 "bronRegeling": "Regeling bekostiging WPO en WEC 2024", "bronVindplaats": "Stcrt. 2023, 30000",
                 "bronDatum": "2023-10-01"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("versie").asInt()).isEqualTo(1);
        var duplicate = api.post("/api/v1/normbedragen", token, """
                {"jaar": 2024, "soort": "LICHTE_ONDERSTEUNING", "waarde": 1, "status": "VOORLOPIG",
                 "bronRegeling": "X", "bronVindplaats": "Y", "bronDatum": "2023-10-01"}""");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("normbedrag-bestaat");
        var corrected = api.post("/api/v1/normbedragen/" + created.body().get("id").asString() + "/correctie", token, """
                {"waarde": 195.75, "status": "DEFINITIEF", "bronRegeling": "Regeling bekostiging WPO en WEC 2024",
                 "bronVindplaats": "Stcrt. 2024, 17000", "bronDatum": "2024-06-01", "reden": "Definitieve bedragen"}""");
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.body().get("versie").asInt()).isEqualTo(2);
        var list = api.get("/api/v1/normbedragen?jaar=2024", token);
        assertThat(list.body().size()).isEqualTo(1);
        assertThat(list.body().get(0).get("waarde").decimalValue()).isEqualByComparingTo("195.75");

        Response bad = csv(token, "teldatum;soort;leeftijdsklasse;aantal\n2023-02-01;BASIS;;5000\n2023-02-01;SBO;;veel\n");
        assertThat(bad.status).isEqualTo(422);
        assertThat(bad.body.get("code").asString()).isEqualTo("telling-import-ongeldig");
        assertThat(bad.body.get("regels").get(0).get("regel").asInt()).isEqualTo(3);
        assertThat(bad.body.get("regels").get(0).get("melding").asString()).contains("veel");
        assertThat(api.get("/api/v1/bekostigingstellingen?teldatum=2023-02-01", token).body().size()).isZero();
        Response good = csv(token, "2023-02-01;BASIS;;5000\n");
        assertThat(good.status).isEqualTo(200);
        assertThat(api.get("/api/v1/bekostigingstellingen?teldatum=2023-02-01", token).body().get(0).get("aantal").asInt())
                .isEqualTo(5000);

        var baten = api.get("/api/v1/baten/2024", token);
        assertThat(baten.status()).isEqualTo(422);
        assertThat(baten.code()).isEqualTo("normbedrag-ontbreekt");

        String directeur = api.token(fixtures.user(tenant, Role.DIRECTEUR, null));
        assertThat(api.get("/api/v1/normbedragen?jaar=2024", directeur).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/normbedragen/publicaties", directeur, null).status()).isEqualTo(403);
    }

    private record Response(int status, JsonNode body) {
    }

    private Response csv(String token, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/bekostigingstellingen/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), JsonMapper.builder().build().readTree(response.body()));
    }
}
