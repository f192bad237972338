package nl.passend.groeidocument;

import static org.assertj.core.api.Assertions.assertThat;

import nl.passend.dossier.Leerling;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.security.Role;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Groeidocument and OPP through /api/v1 over real HTTP: same rules as the screens, errors as ProblemDetail codes. */
@PassendIntegrationTest
class GroeidocumentApiIntegrationTests {

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
    void theSchoolKeepsTheGroeidocumentAndTheOppThroughTheApiAndTheParentAgrees() {
        Leerling sem = w.pupil();
        String ib = api.token(w.ib);
        String ouder = api.token(w.ouder);
        String base = "/api/v1/leerlingen/" + sem.id();

        assertThat(api.get(base + "/groeidocument", ib).code()).isEqualTo("groeidocument-not-found");
        var saved = api.post(base + "/groeidocument", ib, """
                {"vraagKind": "Ik wil leren lezen.", "onderwijsbehoeften": "Korte instructie"}""");
        assertThat(saved.status()).isEqualTo(201);
        assertThat(saved.body().get("nummer").asInt()).isEqualTo(1);
        api.post(base + "/groeidocument", ib, """
                {"vraagKind": "Ik wil leren lezen.", "onderwijsbehoeften": "Korte instructie, vaste plek"}""");
        var current = api.get(base + "/groeidocument", ib);
        assertThat(current.body().get("nummer").asInt()).isEqualTo(2);
        assertThat(current.body().get("inhoud").get("onderwijsbehoeften").asString()).isEqualTo("Korte instructie, vaste plek");
        assertThat(api.get(base + "/groeidocument/versies", ib).body().size()).isEqualTo(2);

        var opp = api.post(base + "/opp", ib, """
                {"ingeschrevenOp": "%s", "uitstroombestemming": "vmbo-kader", "handelingsdeel": "Rekenen in kleine groep"}"""
                .formatted(w.today().minusWeeks(1)));
        assertThat(opp.status()).isEqualTo(201);
        String oppId = opp.body().get("id").asString();
        assertThat(api.post(base + "/opp", ib, "{}").status()).isEqualTo(400);

        var refused = api.post(base + "/opp/vaststellen?version=0", ib, null);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("opp-instemming-ontbreekt");

        assertThat(api.get(base + "/opp", ouder).body().get("inhoud").get("handelingsdeel").asString())
                .isEqualTo("Rekenen in kleine groep");
        var instemming = api.post(base + "/toestemmingen", ouder, """
                {"leerlingId": "%s", "onderwerp": "OPP_HANDELINGSDEEL", "onderwerpId": "%s", "gegeven": true}"""
                .formatted(sem.id(), oppId));
        assertThat(instemming.status()).isEqualTo(201);
        assertThat(instemming.body().get("bron").asString()).isEqualTo("UI");

        var set = api.post(base + "/opp/vaststellen?version=0", ib, null);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.body().get("status").asString()).isEqualTo("VASTGESTELD");
        assertThat(api.post(base + "/opp/evaluaties", ib, """
                {"datum": "%s", "metOuders": true, "metLeerling": false, "uitkomst": "Goed op weg."}"""
                .formatted(w.today())).status()).isEqualTo(201);

        var otherIb = fixtures.user(w.tenant, Role.IB, fixtures.school(w.tenant, w.bestuur, SchoolSoort.BAO).id());
        String other = api.token(otherIb);
        assertThat(api.get(base + "/opp", other).status()).isEqualTo(404);
        assertThat(api.get(base + "/groeidocument", other).status()).isEqualTo(404);
        assertThat(api.post(base + "/groeidocument", ouder, "{}").status()).isEqualTo(403);
    }
}
