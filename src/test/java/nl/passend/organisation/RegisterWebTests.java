package nl.passend.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Register screens: Dutch errors that keep the input, and the right doors closed. */
@PassendIntegrationTest
class RegisterWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    private MockHttpSession logIn(Fixtures.TestUser user) throws Exception {
        return WebLogin.logIn(mvc, user);
    }

    @Test
    void invalidBestuurIsShownInDutchWithWhatWasTyped() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        MockHttpSession session = logIn(tenant.beheerder());

        mvc.perform(post("/register/besturen").session(session).with(csrf())
                        .param("naam", "Stichting Kustscholen").param("bevoegdGezagNummer", "123")
                        .param("iban", "NL00BANK0123456789"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("5 cijfers")))
                .andExpect(content().string(Matchers.containsString("Dit IBAN klopt niet")))
                .andExpect(content().string(Matchers.containsString("value=\"Stichting Kustscholen\"")));
    }

    @Test
    void duplicateGemeenteIsRefusedOnTheForm() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        MockHttpSession session = logIn(tenant.beheerder());

        mvc.perform(post("/register/gemeenten").session(session).with(csrf())
                .param("naam", "Duinmeer").param("cbsCode", "GM9101")).andExpect(redirectedUrl("/register/gemeenten"));
        mvc.perform(post("/register/gemeenten").session(session).with(csrf())
                        .param("naam", "Duinmeer bis").param("cbsCode", "9101"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("al een gemeente met deze CBS-code")))
                .andExpect(content().string(Matchers.containsString("value=\"Duinmeer bis\"")));
    }

    @Test
    void readOnlyRolesCannotChangeTheRegister() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser toezicht = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);
        MockHttpSession session = logIn(toezicht);

        mvc.perform(get("/register/scholen").session(session)).andExpect(status().isOk());
        mvc.perform(post("/register/werkgebieden").session(session).with(csrf()).param("naam", "Stiekem"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/beheer/gebruikers").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void anotherSwvsSchoolPageIsNotFound() throws Exception {
        Fixtures.Tenant a = fixtures.tenant();
        Fixtures.Tenant b = fixtures.tenant();
        School schoolOfB = fixtures.school(b, fixtures.bestuur(b), SchoolSoort.BAO);
        MockHttpSession session = logIn(a.beheerder());

        mvc.perform(get("/register/scholen/" + schoolOfB.id()).session(session))
                .andExpect(status().isNotFound())
                .andExpect(forwardedUrl("/fout"));
    }

    @Test
    void beheerderCreatesAUserWithAScopedRole() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        School school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        MockHttpSession session = logIn(tenant.beheerder());

        mvc.perform(post("/beheer/gebruikers").session(session).with(csrf())
                        .param("username", "ib-nieuw-" + System.nanoTime() % 100000).param("displayName", "Iris Intern")
                        .param("password", "een-heel-lang-wachtwoord").param("role", "IB"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("kies het bereik")));
        mvc.perform(post("/beheer/gebruikers").session(session).with(csrf())
                        .param("username", "ib-nieuw-" + System.nanoTime() % 100000).param("displayName", "Iris Intern")
                        .param("password", "een-heel-lang-wachtwoord").param("role", "IB")
                        .param("scopeId", school.id().toString()))
                .andExpect(status().is3xxRedirection());
    }
}
