package nl.passend.dossier;

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

import nl.passend.organisation.Bestuur;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Pupil screens: a search that follows the typing, a form that keeps what was typed, a page per pupil. */
@PassendIntegrationTest
class LeerlingWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired LeerlingService leerlingen;

    private Fixtures.Tenant tenant;
    private Bestuur bestuur;
    private School school;
    private School otherSchool;
    private Fixtures.TestUser ib;
    private Fixtures.TestUser medewerker;

    @BeforeEach
    void world() {
        tenant = fixtures.tenant();
        bestuur = fixtures.bestuur(tenant);
        school = fixtures.school(tenant, bestuur, SchoolSoort.BAO);
        otherSchool = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        ib = fixtures.user(tenant, Role.IB, school.id());
        medewerker = fixtures.user(tenant, Role.MEDEWERKER, null);
    }

    private MockHttpSession logIn(Fixtures.TestUser user) throws Exception {
        return WebLogin.logIn(mvc, user);
    }

    private Leerling pupil(School at, String achternaam, String ouder) {
        LeerlingInput in = new LeerlingInput();
        in.setVoornamen("Daan Pieter");
        in.setAchternaam(achternaam);
        in.setGeboortedatum(LocalDate.of(2017, 9, 3));
        in.setGeslacht(Geslacht.M);
        in.setSchoolId(at.id());
        in.setGroep("6");
        if (ouder != null) {
            OuderInput o = new OuderInput();
            o.setNaam(ouder);
            in.setOuders(List.of(o));
        }
        return TenantContext.callAs(tenant.id(), () -> leerlingen.create(medewerker.user(), in));
    }

    private static MockHttpServletRequestBuilder pupilForm(MockHttpServletRequestBuilder b, String... params) {
        b.with(csrf()).param("voornamen", "Lotte Maria").param("geboortedatum", "2016-05-20").param("geslacht", "V")
                .param("woonachtig", "SWV").param("groep", "7")
                .param("ouders[0].naam", "Karin de Boer").param("ouders[0].relatie", "MOEDER")
                .param("ouders[0].email", "karin@example.org").param("ouders[0].wettelijkVertegenwoordiger", "true")
                .param("ouders[1].naam", "").param("ouders[1].relatie", "VADER").param("ouders[1].email", "")
                .param("ouders[1].telefoon", "");
        for (int i = 0; i < params.length; i += 2) {
            b.param(params[i], params[i + 1]);
        }
        return b;
    }

    @Test
    void searchFindsPupilsOfTheOwnSchoolAndHtmxGetsOnlyTheResults() throws Exception {
        String naam = "Zoekmans" + UUID.randomUUID().toString().substring(0, 4);
        Leerling own = pupil(school, naam, null);
        pupil(otherSchool, naam, null);
        MockHttpSession session = logIn(ib);

        mvc.perform(get("/leerlingen").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zoek een leerling op naam")))
                .andExpect(content().string(containsString("hx-get=\"/leerlingen\"")));
        String page = mvc.perform(get("/leerlingen").param("naam", naam.substring(0, 6).toLowerCase()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/leerlingen/" + own.id())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("Daan " + naam, -1)).hasSize(2); // the other school's pupil is out of scope
        mvc.perform(get("/leerlingen").param("naam", naam).header("HX-Request", "true").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"leerlingresultaten\"")))
                .andExpect(content().string(containsString("/leerlingen/" + own.id())))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void searchAsksToRefineWhenTheLimitIsReached() throws Exception {
        String naam = "Veelvoud" + UUID.randomUUID().toString().substring(0, 4);
        for (int i = 0; i < LeerlingService.SEARCH_LIMIT; i++) {
            LeerlingInput in = new LeerlingInput();
            in.setVoornamen("Kind" + i);
            in.setAchternaam(naam);
            in.setGeboortedatum(LocalDate.of(2016, 1, 1).plusDays(i));
            in.setGeslacht(Geslacht.X);
            in.setSchoolId(school.id());
            TenantContext.callAs(tenant.id(), () -> leerlingen.create(medewerker.user(), in));
        }

        mvc.perform(get("/leerlingen").param("naam", naam).session(logIn(ib)))
                .andExpect(content().string(containsString("Verfijn uw zoekopdracht")));
    }

    @Test
    void theFormKeepsWhatWasTypedAndSavesThePupilWithOneParent() throws Exception {
        MockHttpSession session = logIn(ib);
        mvc.perform(get("/leerlingen/nieuw").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"ouders[1].naam\"")));

        mvc.perform(pupilForm(post("/leerlingen").session(session), "schoolId", school.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul dit veld in.")))
                .andExpect(content().string(containsString("value=\"Lotte Maria\"")))
                .andExpect(content().string(containsString("value=\"Karin de Boer\"")))
                .andExpect(content().string(containsString("href=\"#achternaam\"")))
                .andExpect(content().string(not(containsString("??")))); // a missing message shows as ??key??

        String location = mvc.perform(pupilForm(post("/leerlingen").session(session), "schoolId", school.id().toString(),
                        "achternaam", "de Boer"))
                .andExpect(flash().attribute("message", "leerling.saved"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/leerlingen/");
        mvc.perform(get(location).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Karin de Boer")))
                .andExpect(content().string(containsString("karin@example.org")))
                .andExpect(content().string(containsString("/tlv/aanvragen/nieuw?leerling=")));
        Leerling saved = TenantContext.callAs(tenant.id(), () -> leerlingen.get(ib.user(),
                UUID.fromString(location.substring("/leerlingen/".length()))));
        assertThat(saved.ouders()).hasSize(1);
    }

    @Test
    void aSchoolOutsideTheScopeIsRefusedOnTheForm() throws Exception {
        mvc.perform(pupilForm(post("/leerlingen").session(logIn(ib)), "schoolId", otherSchool.id().toString(),
                        "achternaam", "Buitenbeentje"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt alleen leerlingen vastleggen van een school")))
                .andExpect(content().string(containsString("id=\"schoolId-error\"")))
                .andExpect(content().string(containsString("value=\"Buitenbeentje\"")));
    }

    @Test
    void theEditFormChangesThePupilAndRemovesAClearedParent() throws Exception {
        Leerling l = pupil(school, "Wijzigmans", "Piet Wijzigmans");
        MockHttpSession session = logIn(ib);

        mvc.perform(get("/leerlingen/" + l.id() + "/bewerken").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Piet Wijzigmans\"")));
        mvc.perform(post("/leerlingen/" + l.id() + "/bewerken").session(session).with(csrf())
                        .param("version", String.valueOf(l.version())).param("voornamen", "Daan Pieter")
                        .param("achternaam", "Wijzigmans").param("geboortedatum", "2017-09-03").param("geslacht", "M")
                        .param("schoolId", school.id().toString()).param("woonachtig", "SWV").param("groep", "7")
                        .param("ouders[0].id", l.ouders().get(0).id().toString()).param("ouders[0].naam", "")
                        .param("ouders[0].relatie", "VADER"))
                .andExpect(redirectedUrl("/leerlingen/" + l.id()));
        Leerling changed = TenantContext.callAs(tenant.id(), () -> leerlingen.get(ib.user(), l.id()));
        assertThat(changed.groep()).isEqualTo("7");
        assertThat(changed.ouders()).isEmpty();
    }

    @Test
    void theBoardSeesThePupilButNotTheRequestButtonAndAnotherSchoolsIbGetsNotFound() throws Exception {
        Leerling l = pupil(school, "Bestuurszicht", null);
        Fixtures.TestUser board = fixtures.userWithoutTotp(tenant, Role.BESTUUR, bestuur.id());
        Fixtures.TestUser otherIb = fixtures.user(tenant, Role.IB, otherSchool.id());

        mvc.perform(get("/leerlingen/" + l.id()).session(logIn(board)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bestuurszicht")))
                .andExpect(content().string(not(containsString("/tlv/aanvragen/nieuw"))))
                .andExpect(content().string(not(containsString("/bewerken"))));
        mvc.perform(get("/leerlingen/" + l.id()).session(logIn(otherIb)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leerlingen/nieuw").session(logIn(board)))
                .andExpect(status().isForbidden());
    }
}
