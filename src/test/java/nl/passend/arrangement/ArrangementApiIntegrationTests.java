package nl.passend.arrangement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.passend.dossier.Leerling;
import nl.passend.shared.security.Role;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** An aanvraag from concept to arrangement through /api/v1 over real HTTP; out of scope is 404. */
@PassendIntegrationTest
class ArrangementApiIntegrationTests {

    @Autowired ApplicationContext spring;
    @Autowired Fixtures fixtures;
    @LocalServerPort int port;

    @Test
    void anAanvraagIsFiledHandledAndGrantedThroughTheApi() {
        Api api = new Api(port);
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Leerling l = w.pupil();
        w.groeidocument(l);
        String ib = api.token(w.ib);
        String consulent = api.token(w.consulent);

        var created = api.post("/api/v1/aanvragen", ib, """
                {"schoolId":"%s","leerlingId":"%s","route":"ROUTE_1","vraag":"Extra leesbegeleiding."}"""
                .formatted(w.school.id(), l.id()));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.body().get("status").asString()).isEqualTo("CONCEPT");

        var withoutVersion = api.post("/api/v1/aanvragen/" + id + "/indienen", ib, "{}");
        assertThat(withoutVersion.status()).isEqualTo(422);
        assertThat(withoutVersion.code()).isEqualTo("version-required");
        assertThat(api.post("/api/v1/aanvragen/" + id + "/indienen", ib, "{\"version\":0}").body().get("status").asString())
                .isEqualTo("INGEDIEND");
        assertThat(api.get("/api/v1/aanvragen/" + id, api.token(w.andereIb)).status()).isEqualTo(404);
        var stale = api.post("/api/v1/aanvragen/" + id + "/in-behandeling", consulent, "{\"version\":0}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("stale-version");
        api.post("/api/v1/aanvragen/" + id + "/in-behandeling", consulent, "{\"version\":1}");
        LocalDate today = w.today();
        var mdo = api.post("/api/v1/aanvragen/" + id + "/mdo", consulent, """
                {"mdo":{"datum":"%s","deelnemers":"Ouders, IB","uitkomst":"Arrangement lezen",
                 "evaluatiemomenten":["%s"]},"version":2}""".formatted(today, today.plusDays(60)));
        assertThat(mdo.body().get("status").asString()).isEqualTo("MDO");
        var granted = api.post("/api/v1/aanvragen/" + id + "/toekennen", consulent, """
                {"toekenning":{"gronden":"Passend","soort":"INDIVIDUEEL","aanbieder":"Leespunt","start":"%s",
                 "eind":"%s","bedrag":2500.00,"budget":"WERKGEBIED"},"version":3}""".formatted(today, today.plusMonths(4)));
        assertThat(granted.status()).isEqualTo(201);
        String arrangement = granted.body().get("id").asString();

        var list = api.get("/api/v1/arrangementen?bestuur=" + w.bestuur.id(), api.token(w.bestuurder));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().get(0).get("id").asString()).isEqualTo(arrangement);
        assertThat(api.get("/api/v1/arrangementen/" + arrangement, api.token(w.andereConsulent)).status()).isEqualTo(404);
        var missingReason = api.post("/api/v1/aanvragen/" + id + "/afwijzen", consulent, "{\"tekst\":\"\"}");
        assertThat(missingReason.code()).isEqualTo("ondersteuningsaanvraag-grounds-required");
    }

    @Test
    void theFiatSettingIsReadByReadersOfAanvragenOnly() {
        Api api = new Api(port);
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        var byIb = api.get("/api/v1/aanvragen/instellingen", api.token(w.ib));
        assertThat(byIb.status()).isEqualTo(200);
        assertThat(byIb.body().get("fiatBestuur").asBoolean()).isFalse();
        String controller = api.token(fixtures.user(w.tenant, Role.CONTROLLER, null));
        assertThat(api.get("/api/v1/aanvragen/instellingen", controller).status()).isEqualTo(403);
        assertThat(api.put("/api/v1/aanvragen/instellingen", api.token(w.consulent), "{\"fiatBestuur\":true}").status())
                .isEqualTo(403);
    }

    @Test
    void aConceptIsChangedWithItsVersionThroughTheApi() {
        Api api = new Api(port);
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Leerling l = w.pupil();
        String ib = api.token(w.ib);
        String id = api.post("/api/v1/aanvragen", ib, """
                {"schoolId":"%s","leerlingId":"%s","route":"ROUTE_1","vraag":"Vraag volgt."}"""
                .formatted(w.school.id(), l.id())).body().get("id").asString();
        String changed = """
                {"schoolId":"%s","leerlingId":"%s","route":"ROUTE_2","vraag":"Leesbegeleiding in een kleine groep."}"""
                .formatted(w.school.id(), l.id());

        var withoutVersion = api.put("/api/v1/aanvragen/" + id, ib, changed);
        assertThat(withoutVersion.status()).isEqualTo(422);
        assertThat(withoutVersion.code()).isEqualTo("version-required");
        var updated = api.put("/api/v1/aanvragen/" + id + "?version=0", ib, changed);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.body().get("route").asString()).isEqualTo("ROUTE_2");
        assertThat(updated.body().get("vraag").asString()).isEqualTo("Leesbegeleiding in een kleine groep.");
        assertThat(updated.body().get("version").asInt()).isEqualTo(1);
        var stale = api.put("/api/v1/aanvragen/" + id + "?version=0", ib, changed);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.code()).isEqualTo("stale-version");
        assertThat(api.put("/api/v1/aanvragen/" + id + "?version=1", api.token(w.andereIb), changed).status())
                .isEqualTo(404);
    }
}
