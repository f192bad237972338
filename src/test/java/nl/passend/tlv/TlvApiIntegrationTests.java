package nl.passend.tlv;

import static org.assertj.core.api.Assertions.assertThat;

import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The TLV process through /api/v1 over real HTTP: same rules as the screens, errors as ProblemDetail codes. */
@PassendIntegrationTest
class TlvApiIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @LocalServerPort int port;
    Api api;
    TlvWorld w;

    @BeforeEach
    void setUp() {
        api = new Api(port);
        w = new TlvWorld(fixtures, tlv);
    }

    @Test
    void aRequestGoesFromSchoolToDecisionThroughTheApi() {
        String ib = api.token(w.ib);
        String medewerker = api.token(w.medewerker);
        String directeur = api.token(w.directeur);

        var pupil = api.post("/api/v1/leerlingen", ib, """
                {"voornamen": "Noor", "achternaam": "Visser", "geboortedatum": "2017-05-02", "geslacht": "V",
                 "schoolId": "%s", "groep": "5", "ouders": [{"naam": "Els Visser", "relatie": "MOEDER"}]}"""
                .formatted(w.bao.id()));
        assertThat(pupil.status()).isEqualTo(201);
        assertThat(pupil.raw()).doesNotContainIgnoringCase("bsn");
        String pupilId = pupil.body().get("id").asString();
        assertThat(api.get("/api/v1/leerlingen?q=noor%20vis", ib).body().size()).isEqualTo(1);

        String request = """
                {"leerlingId": "%s", "schoolId": "%s", "route": "STANDAARD", "gevraagdType": "SBO",
                 "gevraagdeCategorie": %s, "gevraagdeIngangsdatum": "2027-08-01", "gevraagdeEinddatum": "2028-07-31",
                 "gronden": "Leerachterstand en faalangst.", "mdoDatum": "2026-11-01", "mdoUitkomst": "SBO passend.",
                 "oudersAkkoord": true}""";
        var sboWithCategory = api.post("/api/v1/tlv-aanvragen", ib, request.formatted(pupilId, w.bao.id(), "\"LAAG\""));
        assertThat(sboWithCategory.status()).isEqualTo(422);
        assertThat(sboWithCategory.code()).isEqualTo("tlv-category-not-for-sbo");

        var filed = api.post("/api/v1/tlv-aanvragen", ib, request.formatted(pupilId, w.bao.id(), "null"));
        assertThat(filed.status()).isEqualTo(201);
        String id = filed.body().get("id").asString();
        assertThat(filed.body().get("status").asString()).isEqualTo("INGEDIEND");

        assertThat(api.post("/api/v1/tlv-aanvragen/" + id + "/besluit", directeur, "{}").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/tlv-aanvragen/" + id + "/compleet", medewerker, "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/tlv-aanvragen/" + id + "/deskundigen", medewerker,
                "{\"deskundigeId\": \"%s\"}".formatted(w.orthopedagoog.user().accountId())).status()).isEqualTo(200);
        String advice = """
                {"discipline": "ORTHOPEDAGOOG", "toelaatbaar": true, "type": "SBO", "motivering": "Past in SBO."}""";
        var advised = api.post("/api/v1/tlv-aanvragen/" + id + "/adviezen", api.token(w.orthopedagoog), advice);
        assertThat(advised.status()).isEqualTo(201);
        String decision = """
                {"uitkomst": "TOEGEKEND", "type": "SBO", "ingangsdatum": "2027-08-01", "einddatum": "2028-07-31",
                 "motivering": "Conform advies.", "gevolgdAdviesId": "%s", "oudersEens": true,
                 "verwijzendeSchoolEens": true}""".formatted(advised.body().get("id").asString());
        var tooEarly = api.post("/api/v1/tlv-aanvragen/" + id + "/besluit", directeur, decision);
        assertThat(tooEarly.status()).isEqualTo(422);
        assertThat(tooEarly.code()).isEqualTo("tlv-advices-too-few");

        api.post("/api/v1/tlv-aanvragen/" + id + "/deskundigen", medewerker,
                "{\"deskundigeId\": \"%s\"}".formatted(w.jeugdarts.user().accountId()));
        api.post("/api/v1/tlv-aanvragen/" + id + "/adviezen", api.token(w.jeugdarts), advice.replace("ORTHOPEDAGOOG", "JEUGDARTS"));
        var decided = api.post("/api/v1/tlv-aanvragen/" + id + "/besluit", directeur, decision);
        assertThat(decided.status()).isEqualTo(201);
        String nummer = decided.body().get("beschikkingsnummer").asString();

        var pdf = api.get("/api/v1/tlv-besluiten/" + decided.body().get("id").asString() + "/beschikking", ib);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        var tlvs = api.get("/api/v1/tlvs?type=SBO&status=ACTIEF", ib);
        assertThat(tlvs.body().get(0).get("beschikkingsnummer").asString()).isEqualTo(nummer);
        var csv = api.get("/api/v1/tlvs/export", ib);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw()).contains(";" + nummer + ";Nvt;2027-08-01;2028-07-31;SBO;");

        var otherSwv = fixtures.tenant();
        String foreign = api.token(fixtures.user(otherSwv, nl.passend.shared.security.Role.DIRECTEUR, null));
        var hidden = api.get("/api/v1/tlv-aanvragen/" + id, foreign);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.code()).isEqualTo("tlv-aanvraag-not-found");
    }
}
