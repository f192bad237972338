package nl.passend.werkvoorraad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import nl.passend.dossier.Leerling;
import nl.passend.melding.Melding;
import nl.passend.melding.MeldingService;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;
import nl.passend.support.TlvWorld;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagService;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The werkvoorraad and meldingen screens, the start page's count and the worklist API. */
@PassendIntegrationTest
class WerkvoorraadWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired MeldingService meldingen;
    @LocalServerPort int port;

    private MockHttpSession logIn(Fixtures.TestUser user) throws Exception {
        return WebLogin.logIn(mvc, user);
    }

    @Test
    void theMedewerkerSeesTheNewRequestOnTheWorklistTheStartPageAndTheApi() throws Exception {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        Leerling leerling = p.pupil();
        TlvAanvraag a = p.as(p.ib, u -> aanvragen.submit(u, p.request(leerling)));
        MockHttpSession session = logIn(p.medewerker);

        mvc.perform(get("/werkvoorraad").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aanvraag TLV controleren op volledigheid")))
                .andExpect(content().string(containsString(leerling.volledigeNaam())))
                .andExpect(content().string(containsString("href=\"/tlv/aanvragen/" + a.id() + "\"")))
                .andExpect(content().string(containsString("Op tijd")))
                .andExpect(content().string(not(containsString("Besluiten over de aanvraag TLV"))));
        mvc.perform(get("/").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Open stappen: 1. Te laat: 0. Bijna verlopen: 0.")))
                .andExpect(content().string(containsString("href=\"/werkvoorraad\"")));

        Api api = new Api(port);
        Api.Response json = api.get("/api/v1/werkvoorraad", api.token(p.medewerker));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body().size()).isEqualTo(1);
        assertThat(json.body().get(0).get("soort").asString()).isEqualTo("TLV_COMPLEETHEID");
        assertThat(json.body().get(0).get("link").asString()).isEqualTo("/tlv/aanvragen/" + a.id());
        assertThat(json.body().get(0).get("state").asString()).isEqualTo("OPEN_OK");
    }

    @Test
    void anEmptyWorklistSaysSoAndRolesWithoutCasesHaveNone() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        MockHttpSession directeur = logIn(fixtures.user(tenant, nl.passend.shared.security.Role.DIRECTEUR, null));
        mvc.perform(get("/werkvoorraad").session(directeur))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er wachten geen stappen op u.")));

        MockHttpSession beheerder = logIn(tenant.beheerder());
        mvc.perform(get("/werkvoorraad").session(beheerder)).andExpect(status().isForbidden());
        mvc.perform(get("/").session(beheerder))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/werkvoorraad\""))));
    }

    @Test
    void meldingenAreListedAndMarkedAsRead() throws Exception {
        TlvParticipants p = new TlvParticipants(fixtures, tlv);
        Leerling leerling = p.pupil();
        TlvAanvraag a = p.as(p.ib, u -> aanvragen.submit(u, p.request(leerling)));
        await().atMost(Duration.ofSeconds(10)).until(() -> !p.as(p.medewerker, meldingen::list).isEmpty());
        Melding melding = p.as(p.medewerker, meldingen::list).get(0);
        MockHttpSession session = logIn(p.medewerker);

        mvc.perform(get("/meldingen").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nieuwe aanvraag voor een toelaatbaarheidsverklaring")))
                .andExpect(content().string(containsString("href=\"/tlv/aanvragen/" + a.id() + "\"")))
                .andExpect(content().string(containsString("Meldingen (1 nieuw)")))
                .andExpect(content().string(not(containsString(leerling.achternaam()))));
        mvc.perform(post("/meldingen/" + melding.id() + "/gelezen").session(session).with(csrf()))
                .andExpect(redirectedUrl("/meldingen"))
                .andExpect(flash().attribute("message", "melding.read.done"));
        mvc.perform(get("/meldingen").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Meldingen (1 nieuw)"))))
                .andExpect(content().string(not(containsString("/gelezen"))));

        MockHttpSession ib = logIn(p.ib);
        mvc.perform(post("/meldingen/" + melding.id() + "/gelezen").session(ib).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/meldingen").session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U hebt geen meldingen.")));
    }
}
