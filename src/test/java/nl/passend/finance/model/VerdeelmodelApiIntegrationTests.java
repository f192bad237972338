package nl.passend.finance.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import nl.passend.support.Api;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** A verdeelmodel's whole life through /api/v1, over real HTTP with bearer tokens. */
@PassendIntegrationTest
class VerdeelmodelApiIntegrationTests {

    @Autowired
    ApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void controllerBuildsAModelTheDirectorAdoptsItAndItsAllocationAddsUp() {
        ModelWorld.World w = new ModelWorld(context).create();
        Api api = new Api(port);
        String controller = api.token(w.controller);
        String directeur = api.token(w.directeur);

        var created = api.post("/api/v1/verdeelmodellen", controller, """
                {"jaar": 2027, "naam": "Verdeelmodel 2027", "teldatum": "2026-10-01", "geldigVanaf": "2027-01-01"}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("status").asString()).isEqualTo("CONCEPT");
        String id = created.body().get("id").asString();

        var wrong = api.post("/api/v1/verdeelmodellen/" + id + "/componenten", controller, """
                {"soort": "VASTE_VOET", "naam": "Vaste voet", "post": "REGULIER", "percentage": 10}""");
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.code()).isEqualTo("verdeelmodel-component-percentage-niet-toegestaan");
        var voet = api.post("/api/v1/verdeelmodellen/" + id + "/componenten", controller, """
                {"soort": "VASTE_VOET", "naam": "Vaste voet", "post": "REGULIER", "bedrag": 12345.67, "maandelijks": true}""");
        assertThat(voet.status()).isEqualTo(201);
        var oza = api.post("/api/v1/verdeelmodellen/" + id + "/componenten", controller, """
                {"soort": "CENTRALE_POST", "naam": "OZA", "post": "OZA", "percentage": 12.5}""");
        String ozaId = oza.body().get("componenten").get(1).get("id").asString();
        assertThat(api.send("DELETE", "/api/v1/verdeelmodellen/" + id + "/componenten/" + ozaId, controller, null).status())
                .isEqualTo(200);

        assertThat(api.post("/api/v1/verdeelmodellen/" + id + "/vaststelling", directeur, "{\"beschikbaar\": 1000000}").code())
                .isEqualTo("verdeelmodel-status-concept");
        assertThat(api.post("/api/v1/verdeelmodellen/" + id + "/opr-instemming", controller, """
                {"datum": "2026-06-15", "kenmerk": "OPR-7"}""").status()).isEqualTo(403);
        var opr = api.post("/api/v1/verdeelmodellen/" + id + "/opr-instemming", directeur, """
                {"datum": "2026-06-15", "kenmerk": "OPR-7"}""");
        assertThat(opr.status()).isEqualTo(200);
        assertThat(opr.body().get("status").asString()).isEqualTo("OPR_INSTEMMING");
        var vastgesteld = api.post("/api/v1/verdeelmodellen/" + id + "/vaststelling", directeur,
                "{\"beschikbaar\": 1000000.00}");
        assertThat(vastgesteld.status()).isEqualTo(200);
        assertThat(vastgesteld.body().get("status").asString()).isEqualTo("VASTGESTELD");

        var late = api.post("/api/v1/verdeelmodellen/" + id + "/componenten", controller, """
                {"soort": "VASTE_VOET", "naam": "Te laat", "post": "REGULIER", "bedrag": 1}""");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.code()).isEqualTo("verdeelmodel-niet-concept");

        var verdeling = api.get("/api/v1/verdeelmodellen/" + id + "/verdeling", controller);
        assertThat(verdeling.status()).isEqualTo(200);
        assertThat(verdeling.body().get("bron").asString()).isEqualTo("HANDMATIG");
        BigDecimal besturen = BigDecimal.ZERO;
        for (var deel : verdeling.body().get("besturen")) {
            besturen = besturen.add(deel.get("jaarbedrag").decimalValue());
        }
        // 7 BAO schools x 12345.67; the rest of the million stays unallocated.
        assertThat(besturen).isEqualByComparingTo("86419.69");
        assertThat(verdeling.body().get("rest").decimalValue()).isEqualByComparingTo("913580.31");
        assertThat(verdeling.body().get("berekeningId").isNull()).isFalse();

        assertThat(api.get("/api/v1/verdeelmodellen", api.token(w.bestuurUser)).status()).isEqualTo(403);
    }
}
