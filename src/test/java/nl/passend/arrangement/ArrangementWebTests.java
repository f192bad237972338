package nl.passend.arrangement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.OuderInput;
import nl.passend.groeidocument.GroeidocumentVersie;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.TestUser;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The aanvraag screens: the IB files, each role sees its own next step, the bestuur sees no groeidocument. */
@PassendIntegrationTest
class ArrangementWebTests {

    @Autowired MockMvc mvc;
    @Autowired ApplicationContext spring;
    @Autowired Fixtures fixtures;

    @Test
    void ibFilesAnAanvraagAndEachRoleSeesItsNextStep() throws Exception {
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Leerling l = w.pupil();
        w.groeidocument(l);
        MockHttpSession ib = WebLogin.logIn(mvc, w.ib);

        mvc.perform(get("/aanvragen/nieuw").param("leerling", l.id().toString()).session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(l.volledigeNaam())));
        // a group without its size: refused, what was typed stays
        mvc.perform(post("/aanvragen/nieuw").with(csrf()).session(ib).param("schoolId", w.school.id().toString())
                        .param("voor", "GROEP").param("route", "ROUTE_1").param("vraag", "Hulp bij rekenen voor de groep."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul bij een groep de groep en het aantal leerlingen in.")))
                .andExpect(content().string(containsString("Hulp bij rekenen voor de groep.")));
        String location = mvc.perform(post("/aanvragen/nieuw").with(csrf()).session(ib)
                        .param("schoolId", w.school.id().toString()).param("voor", "LEERLING")
                        .param("leerlingId", l.id().toString()).param("route", "ROUTE_1")
                        .param("vraag", "Extra leesbegeleiding in een kleine groep."))
                .andExpect(flash().attribute("message", "arrangement.flash.concept"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aanvraag indienen")))
                .andExpect(content().string(containsString("Ik wil beter leren lezen.")));
        String version = "0";
        mvc.perform(post(location + "/indienen").with(csrf()).session(ib).param("version", version))
                .andExpect(flash().attribute("message", "arrangement.flash.ingediend"));

        MockHttpSession consulent = WebLogin.logIn(mvc, w.consulent);
        mvc.perform(get("/aanvragen").session(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wacht op u")))
                .andExpect(content().string(containsString(l.volledigeNaam())));
        mvc.perform(get(location).session(consulent))
                .andExpect(content().string(containsString("In behandeling nemen")));

        mvc.perform(post(location + "/in-behandeling").with(csrf()).session(consulent).param("version", "1"))
                .andExpect(flash().attribute("message", "arrangement.flash.inBehandeling"));
        String today = w.today().toString();
        mvc.perform(get(location).session(consulent))
                .andExpect(content().string(containsString("MDO vastleggen")));
        mvc.perform(post(location + "/mdo").with(csrf()).session(consulent).param("version", "2").param("datum", today)
                        .param("deelnemers", "Ouders, IB").param("uitkomst", "Leesarrangement")
                        .param("evaluatie1", w.today().plusDays(40).toString()))
                .andExpect(flash().attribute("message", "arrangement.flash.mdo"));
        mvc.perform(get(location).session(consulent))
                .andExpect(content().string(containsString("Besluit nemen")))
                .andExpect(content().string(containsString("Onderwijs-zorgarrangementen (OZA)")));
        String arrangement = mvc.perform(post(location + "/besluit").with(csrf()).session(consulent)
                        .param("version", "3").param("uitkomst", "TOEGEKEND").param("gronden", "Passend bij de vraag.")
                        .param("soort", "INDIVIDUEEL").param("aanbieder", "Leespunt").param("start", today)
                        .param("eind", w.today().plusMonths(3).toString()).param("uren", "30").param("budget", "WERKGEBIED"))
                .andExpect(flash().attribute("message", "arrangement.flash.toegekend"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(arrangement).session(consulent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Evaluatie vastleggen")))
                .andExpect(content().string(containsString("Leespunt")));

        MockHttpSession bestuur = WebLogin.logIn(mvc, w.bestuurder);
        mvc.perform(get(location).session(bestuur))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Ik wil beter leren lezen."))))
                .andExpect(content().string(not(containsString("Leesarrangement"))))
                .andExpect(content().string(containsString("is voor u niet zichtbaar")));

        MockHttpSession andereIb = WebLogin.logIn(mvc, w.andereIb);
        mvc.perform(get(location).session(andereIb)).andExpect(status().isNotFound());
    }

    @Test
    void ibEditsTheConceptAndARefusedEditKeepsWhatWasTyped() throws Exception {
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        Leerling l = w.pupil();
        GroeidocumentVersie v = w.groeidocument(l);
        AanvraagInput in = w.request(l);
        Ondersteuningsaanvraag concept = w.as(w.ib, u -> w.aanvragen.createConcept(u, new AanvraagInput(in.schoolId(),
                in.leerlingId(), null, null, in.route(), "Vraag volgt (OSO-import).", v.id())));
        String page = "/aanvragen/" + concept.id();
        MockHttpSession ib = WebLogin.logIn(mvc, w.ib);

        mvc.perform(get(page).session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Concept bewerken")))
                .andExpect(content().string(containsString(page + "/bewerken")));
        mvc.perform(get(page + "/bewerken").session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vraag volgt (OSO-import).")))
                .andExpect(content().string(containsString(l.volledigeNaam())));
        // a group without its size: refused, what was typed stays
        mvc.perform(post(page + "/bewerken").with(csrf()).session(ib).param("version", "0")
                        .param("schoolId", w.school.id().toString()).param("voor", "GROEP").param("groep", "Groep 5b")
                        .param("route", "ROUTE_2").param("vraag", "Rekenhulp voor de hele groep."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul bij een groep de groep en het aantal leerlingen in.")))
                .andExpect(content().string(containsString("Rekenhulp voor de hele groep.")))
                .andExpect(content().string(containsString("Groep 5b")));
        mvc.perform(post(page + "/bewerken").with(csrf()).session(ib).param("version", "0")
                        .param("schoolId", w.school.id().toString()).param("voor", "LEERLING")
                        .param("leerlingId", l.id().toString()).param("route", "ROUTE_2")
                        .param("vraag", "Leesbegeleiding twee keer per week."))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("message", "arrangement.flash.bewerkt"));
        Ondersteuningsaanvraag edited = w.as(w.ib, u -> w.aanvragen.get(u, concept.id()));
        assertThat(edited.vraag()).isEqualTo("Leesbegeleiding twee keer per week.");
        assertThat(edited.route()).isEqualTo(OndersteuningsRoute.ROUTE_2);
        assertThat(edited.groeidocumentVersieId()).isEqualTo(v.id());
        assertThat(edited.version()).isEqualTo(1);
        // someone changed it first: back to the page with the reason
        mvc.perform(post(page + "/bewerken").with(csrf()).session(ib).param("version", "0")
                        .param("schoolId", w.school.id().toString()).param("voor", "LEERLING")
                        .param("leerlingId", l.id().toString()).param("route", "ROUTE_1").param("vraag", "Oud."))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", "error.stale-version"));

        // filed: no longer editable
        w.as(w.ib, u -> w.aanvragen.submit(u, concept.id(), 1));
        mvc.perform(get(page).session(ib)).andExpect(content().string(not(containsString("Concept bewerken"))));
        mvc.perform(get(page + "/bewerken").session(ib))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("error", "error.ondersteuningsaanvraag-status-ingediend"));
    }

    @Test
    void aParentGoesFromTheAanvraagToTheConsentPage() throws Exception {
        ArrangementWorld w = ArrangementWorld.fresh(spring, fixtures);
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen("Sanne");
        in.setAchternaam("Visser-" + UUID.randomUUID().toString().substring(0, 4));
        in.setGeboortedatum(LocalDate.of(2016, 3, 9));
        in.setGeslacht(Geslacht.V);
        in.setSchoolId(w.school.id());
        in.setGroep("6");
        OuderInput moeder = new OuderInput();
        moeder.setNaam("Ellen Visser");
        in.setOuders(List.of(moeder));
        Leerling l = w.as(w.ib, u -> w.leerlingen.create(u, in));
        w.groeidocument(l);
        TestUser ouder = fixtures.userWithoutTotp(w.tenant, Role.OUDER, null);
        UUID ouderId = w.as(w.ib, u -> w.leerlingen.get(u, l.id())).ouders().get(0).id();
        w.as(w.ib, u -> {
            w.leerlingen.linkOuderAccount(u, ouderId, ouder.user().accountId());
            return null;
        });
        Ondersteuningsaanvraag a = w.as(w.ib, u -> w.aanvragen.createConcept(u, w.request(l)));
        w.as(w.ib, u -> w.aanvragen.submit(u, a.id(), a.version()));
        String page = "/aanvragen/" + a.id();
        String toestemming = "/leerlingen/" + l.id() + "/toestemming";

        MockHttpSession parent = WebLogin.logIn(mvc, ouder);
        mvc.perform(get(page).session(parent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Toestemming en plan bekijken")))
                .andExpect(content().string(containsString("href=\"" + toestemming + "\"")));
        mvc.perform(get(toestemming).session(parent)).andExpect(status().isOk());

        MockHttpSession ib = WebLogin.logIn(mvc, w.ib);
        mvc.perform(get(page).session(ib))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Toestemming en plan bekijken"))));
    }
}
