package nl.passend.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.passend.dossier.Leerling;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;
import nl.passend.support.TlvWorld;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The TLV screens: each role sees its own acts, errors keep what was typed, downloads are what they say. */
@PassendIntegrationTest
class TlvWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired BesluitService besluiten;
    @Autowired BijlageService bijlageService;

    private TlvWorld w;

    @BeforeEach
    void world() {
        w = new TlvWorld(fixtures, tlv);
    }

    private MockHttpSession logIn(Fixtures.TestUser user) throws Exception {
        return WebLogin.logIn(mvc, user);
    }

    private static MockHttpServletRequestBuilder request(MockHttpServletRequestBuilder b, Leerling l, String... extra) {
        b.with(csrf()).param("leerlingId", l.id().toString()).param("route", "STANDAARD")
                .param("gevraagdeIngangsdatum", "2027-01-04").param("gevraagdeEinddatum", "2028-07-31")
                .param("mdoDatum", "2026-11-02").param("mdoUitkomst", "Het MDO adviseert speciaal onderwijs.")
                .param("oudersAkkoord", "true");
        for (int i = 0; i < extra.length; i += 2) {
            b.param(extra[i], extra[i + 1]);
        }
        return b;
    }

    @Test
    void ibFilesARequestAndLandsOnItsCasePage() throws Exception {
        Leerling sem = w.pupil();
        MockHttpSession ib = logIn(w.ib);

        mvc.perform(get("/tlv/aanvragen/nieuw").param("leerling", sem.id().toString()).session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("31 juli, minstens")))
                .andExpect(content().string(containsString(sem.volledigeNaam())));
        String location = mvc.perform(request(post("/tlv/aanvragen").session(ib), sem,
                        "schoolId", w.bao.id().toString(), "gevraagdType", "SBO", "ontvangendeSchoolId", w.sbo.id().toString(),
                        "gronden", "Rekenen en lezen lukken niet, ook niet met een arrangement."))
                .andExpect(flash().attribute("message", "tlv.aanvraag.submitted"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/tlv/aanvragen/");

        mvc.perform(get(location).session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingediend")))
                .andExpect(content().string(containsString("controleert of de aanvraag compleet is")))
                .andExpect(content().string(containsString("Rekenen en lezen lukken niet")))
                .andExpect(content().string(not(containsString("/compleet\""))));
    }

    @Test
    void aRuleViolationOnTheRequestFormIsShownInDutchWithTheTypedTextKept() throws Exception {
        Leerling sem = w.pupil();
        MockHttpSession ib = logIn(w.ib);

        mvc.perform(request(post("/tlv/aanvragen").session(ib), sem, "schoolId", w.bao.id().toString(),
                        "gevraagdType", "SO", "gronden", "Eigen woorden van de IB over groep 4"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een bekostigingscategorie")))
                .andExpect(content().string(containsString("id=\"aanvraag-gevraagdeCategorie-error\"")))
                .andExpect(content().string(containsString("href=\"#aanvraag-gevraagdeCategorie\"")))
                .andExpect(content().string(containsString("Eigen woorden van de IB over groep 4")))
                .andExpect(content().string(containsString("value=\"2028-07-31\"")))
                .andExpect(content().string(not(containsString("??"))));
        List<TlvAanvraag> filed = w.as(w.ib, u -> aanvragen.list(u, null, sem.id()));
        assertThat(filed).isEmpty();
    }

    @Test
    void theDecisionFormIsForTheDirecteurOnlyAndIntakeActsForTheMedewerker() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.inAdvies(sem);
        w.advised(a);
        String besluitForm = "action=\"/tlv/aanvragen/" + a.id() + "/besluit\"";
        String assignForm = "action=\"/tlv/aanvragen/" + a.id() + "/deskundigen\"";

        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(logIn(w.ib)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("In advies")))
                .andExpect(content().string(not(containsString(besluitForm))))
                .andExpect(content().string(not(containsString(assignForm))));
        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(logIn(w.medewerker)))
                .andExpect(content().string(containsString(assignForm)))
                .andExpect(content().string(not(containsString(besluitForm))));
        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(logIn(w.directeur)))
                .andExpect(content().string(containsString(besluitForm)))
                .andExpect(content().string(containsString("Besluit nemen en beschikking maken")))
                .andExpect(content().string(not(containsString("??")))); // a missing message shows as ??key??
    }

    @Test
    void aDeskundigeSeesTheAdviceFormUntilTheAdviceIsIn() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.inAdvies(sem);
        MockHttpSession deskundige = logIn(w.orthopedagoog);
        String adviesForm = "action=\"/tlv/aanvragen/" + a.id() + "/adviezen\"";

        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(deskundige))
                .andExpect(content().string(containsString(adviesForm)));
        mvc.perform(post("/tlv/aanvragen/" + a.id() + "/adviezen").session(deskundige).with(csrf())
                        .param("discipline", "ORTHOPEDAGOOG").param("toelaatbaar", "true").param("type", "SO")
                        .param("motivering", "Kleine groep nodig."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een bekostigingscategorie")))
                .andExpect(content().string(containsString("Kleine groep nodig.")));
        mvc.perform(post("/tlv/aanvragen/" + a.id() + "/adviezen").session(deskundige).with(csrf())
                        .param("discipline", "ORTHOPEDAGOOG").param("toelaatbaar", "true").param("type", "SO")
                        .param("categorie", "MIDDEN").param("ingangsdatum", "2027-01-04")
                        .param("einddatum", "2028-07-31").param("motivering", "Kleine groep nodig."))
                .andExpect(redirectedUrl("/tlv/aanvragen/" + a.id()));
        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(deskundige))
                .andExpect(content().string(not(containsString(adviesForm))))
                .andExpect(content().string(containsString("Kleine groep nodig.")));
    }

    @Test
    void theMedewerkerAcceptsTheRequestAndAQuestionIsRequiredToAskForMore() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.as(w.ib, u -> aanvragen.submit(u, w.soRequest(sem)));
        MockHttpSession medewerker = logIn(w.medewerker);

        mvc.perform(post("/tlv/aanvragen/" + a.id() + "/aanvulling-vragen").session(medewerker).with(csrf())
                        .param("vraag", " ").param("version", String.valueOf(a.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf op welke informatie ontbreekt.")));
        mvc.perform(post("/tlv/aanvragen/" + a.id() + "/compleet").session(medewerker).with(csrf())
                        .param("version", String.valueOf(a.version())))
                .andExpect(redirectedUrl("/tlv/aanvragen/" + a.id()))
                .andExpect(flash().attribute("message", "tlv.case.completed"));
        // A second click on the stale page: refused in Dutch on the case page, not an error page.
        mvc.perform(post("/tlv/aanvragen/" + a.id() + "/compleet").session(medewerker).with(csrf())
                        .param("version", String.valueOf(a.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit kan niet: de aanvraag zit in de adviesronde.")));
    }

    @Test
    void theDirecteurDecidesAndTheLetterDownloadsAsPdf() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.inAdvies(sem);
        Advies followed = w.advised(a);
        MockHttpSession directeur = logIn(w.directeur);

        mvc.perform(decision(a, followed).session(directeur).param("oudersEens", "false")
                        .param("motivering", "Getypte motivering van de directeur."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("motiveer waarom u zo besluit")))
                .andExpect(content().string(containsString("id=\"besluit-afwijkingMotivering-error\"")))
                .andExpect(content().string(containsString("Getypte motivering van de directeur.")));
        mvc.perform(decision(a, followed).session(directeur).param("oudersEens", "true")
                        .param("motivering", "De deskundigen adviseren eensluidend."))
                .andExpect(redirectedUrl("/tlv/aanvragen/" + a.id()))
                .andExpect(flash().attribute("message", "tlv.case.decided"));

        Besluit besluit = w.as(w.directeur, u -> besluiten.list(u, a.id())).get(0);
        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(directeur))
                .andExpect(content().string(containsString(besluit.beschikkingsnummer())))
                .andExpect(content().string(containsString("/tlv/besluiten/" + besluit.id() + "/beschikking.pdf")))
                .andExpect(content().string(containsString("action=\"/tlv/aanvragen/" + a.id() + "/heropenen\"")));
        byte[] pdf = mvc.perform(get("/tlv/besluiten/" + besluit.id() + "/beschikking.pdf").session(directeur))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void theSchoolSupplementsWhatWasAskedForAndTheRequestGoesBackToIntake() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.as(w.ib, u -> aanvragen.submit(u, w.soRequest(sem)));
        TlvAanvraag returned = w.as(w.medewerker, u -> aanvragen.requestInformation(u, a.id(),
                "Stuur het verslag van het onderzoek mee.", a.version()));
        MockHttpSession ib = logIn(w.ib);

        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(ib))
                .andExpect(content().string(containsString("Aanvulling gevraagd")))
                .andExpect(content().string(containsString("/tlv/aanvragen/" + a.id() + "/aanvullen")));
        mvc.perform(get("/tlv/aanvragen/" + a.id() + "/aanvullen").session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Stuur het verslag van het onderzoek mee.")))
                .andExpect(content().string(containsString("Ernstige gedragsproblemen")));
        mvc.perform(request(post("/tlv/aanvragen/" + a.id() + "/aanvullen").session(ib), sem,
                        "schoolId", w.bao.id().toString(), "gevraagdType", "SO", "gevraagdeCategorie", "MIDDEN",
                        "ontvangendeSchoolId", w.so.id().toString(), "gronden", "Aangevuld met het verslag.",
                        "version", String.valueOf(returned.version())))
                .andExpect(redirectedUrl("/tlv/aanvragen/" + a.id()))
                .andExpect(flash().attribute("message", "tlv.aanvraag.supplemented"));
        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(ib))
                .andExpect(content().string(containsString("Ingediend")))
                .andExpect(content().string(containsString("Aangevuld met het verslag.")));
    }

    @Test
    void theSchoolWithdrawsAnUndecidedRequestAndTheDirecteurReopensADecidedOne() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag open = w.as(w.ib, u -> aanvragen.submit(u, w.soRequest(sem)));
        MockHttpSession ib = logIn(w.ib);
        mvc.perform(post("/tlv/aanvragen/" + open.id() + "/intrekken").session(ib).with(csrf())
                        .param("version", String.valueOf(open.version())))
                .andExpect(redirectedUrl("/tlv/aanvragen/" + open.id()))
                .andExpect(flash().attribute("message", "tlv.aanvraag.withdrawn"));
        mvc.perform(get("/tlv/aanvragen/" + open.id()).session(ib))
                .andExpect(content().string(containsString("Ingetrokken")))
                .andExpect(content().string(not(containsString("/intrekken\""))));

        Leerling other = w.anotherPupil();
        TlvAanvraag decided = w.inAdvies(other);
        Advies followed = w.advised(decided);
        w.as(w.directeur, u -> besluiten.decide(u, decided.id(), w.grant(followed.id())));
        MockHttpSession directeur = logIn(w.directeur);
        mvc.perform(post("/tlv/aanvragen/" + decided.id() + "/heropenen").session(directeur).with(csrf()))
                .andExpect(redirectedUrl("/tlv/aanvragen/" + decided.id()))
                .andExpect(flash().attribute("message", "tlv.case.reopened"));
        mvc.perform(get("/tlv/aanvragen/" + decided.id()).session(directeur))
                .andExpect(content().string(containsString("In advies")))
                .andExpect(content().string(containsString("action=\"/tlv/aanvragen/" + decided.id() + "/besluit\"")));
    }

    private static MockHttpServletRequestBuilder decision(TlvAanvraag a, Advies followed) {
        return post("/tlv/aanvragen/" + a.id() + "/besluit").with(csrf()).param("uitkomst", "TOEGEKEND")
                .param("type", "SO").param("categorie", "MIDDEN").param("ingangsdatum", "2027-01-04")
                .param("einddatum", "2028-07-31").param("gevolgdAdviesId", followed.id().toString())
                .param("verwijzendeSchoolEens", "true").param("ontvangendeSchoolEens", "true")
                .param("consulentEens", "");
    }

    @Test
    void aSchoolAttachesAReportThatDownloadsAsAnAttachment() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.as(w.ib, u -> aanvragen.submit(u, w.soRequest(sem)));
        MockHttpSession ib = logIn(w.ib);

        mvc.perform(multipart("/tlv/aanvragen/" + a.id() + "/bijlagen").file(new MockMultipartFile("bestand",
                        "leeg.exe", "application/octet-stream", new byte[] {1})).session(ib).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit soort bestand kan niet worden toegevoegd")));
        mvc.perform(multipart("/tlv/aanvragen/" + a.id() + "/bijlagen").file(new MockMultipartFile("bestand",
                        "verslag.txt", "text/plain", "Onderzoeksverslag".getBytes(StandardCharsets.UTF_8)))
                        .param("toestemmingOuders", "true").session(ib).with(csrf()))
                .andExpect(redirectedUrl("/tlv/aanvragen/" + a.id()));
        List<Bijlage> stored = w.as(w.ib, u -> bijlageService.list(u, a.id()));
        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(ib))
                .andExpect(content().string(containsString("verslag.txt")));
        mvc.perform(get("/tlv/aanvragen/" + a.id() + "/bijlagen/" + stored.get(0).id()).session(ib))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(content().string("Onderzoeksverslag"));
    }
}
