package nl.passend.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.passend.organisation.SchoolSoort;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The login form, the TOTP step, lock-out and log-out, through the real security filter chain. */
@PassendIntegrationTest
class LoginWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;

    private MockHttpSession logIn(Fixtures.TestUser user, String expectedRedirect) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(user.username()).password(user.password()))
                .andExpect(redirectedUrl(expectedRedirect))
                .andReturn().getRequest().getSession(false);
    }

    @Test
    void schoolUserLogsInWithPasswordAndSeesTheStartPage() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        var school = fixtures.school(tenant, fixtures.bestuur(tenant), SchoolSoort.BAO);
        Fixtures.TestUser ib = fixtures.user(tenant, Role.IB, school.id());

        MockHttpSession session = logIn(ib, "/");

        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Intern begeleider")));
    }

    @Test
    void staffWithTwoFactorMustEnterTheCodeBeforeAnythingElse() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        MockHttpSession session = logIn(tenant.beheerder(), "/login/totp");

        mvc.perform(get("/register/scholen").session(session)).andExpect(redirectedUrl("/login/totp"));
        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", "000000"))
                .andExpect(redirectedUrl("/login/totp")).andExpect(flash().attribute("totpError", true));
        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", tenant.beheerder().totpCode()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/register/scholen").session(session)).andExpect(status().isOk());
    }

    @Test
    void staffWithoutTwoFactorAreSentToSetItUp() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser consulent = fixtures.userWithoutTotp(tenant, Role.MEDEWERKER, null);

        MockHttpSession session = logIn(consulent, "/account/2fa");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/2fa"));
        mvc.perform(get("/account/2fa").session(session)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("verplicht")));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser user = fixtures.userWithoutTotp(tenant, Role.OUDER, null);

        for (int i = 0; i < 5; i++) {
            MockHttpSession session = failedLogin(user.username(), "wrong-" + i);
            mvc.perform(get("/login").session(session))
                    .andExpect(content().string(Matchers.containsString("klopt niet")))
                    .andExpect(content().string(Matchers.containsString("value=\"" + user.username() + "\"")));
        }
        MockHttpSession session = failedLogin(user.username(), user.password());
        mvc.perform(get("/login").session(session))
                .andExpect(content().string(Matchers.containsString("tijdelijk geblokkeerd")));
    }

    /** A login attempt that is sent back to the form; the reason travels in the session's flash map. */
    private MockHttpSession failedLogin(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/login")).andReturn().getRequest().getSession(false);
    }

    @Test
    void logOutEndsTheSession() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);
        MockHttpSession session = logIn(ouder, "/");

        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?uitgelogd"));
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void switchingAnAccountOffEndsItsOpenSession() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser ouder = fixtures.userWithoutTotp(tenant, Role.OUDER, null);
        MockHttpSession session = logIn(ouder, "/");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());

        nl.passend.shared.TenantContext.runAs(tenant.id(),
                () -> accounts.setActive(tenant.beheerder().user(), ouder.user().accountId(), false));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?opnieuw"));
    }

    @Test
    void aPasswordChosenByTheBeheerderMustBeReplacedFirst() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser ouder = fixtures.userWithChosenPassword(tenant, Role.OUDER, null);
        MockHttpSession session = logIn(ouder, "/account/wachtwoord");

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/wachtwoord"));
        mvc.perform(post("/account/wachtwoord").session(session).with(csrf()).param("huidig", "niet-mijn-wachtwoord")
                        .param("nieuw", "mijn-eigen-geheim-2026").param("herhaling", "mijn-eigen-geheim-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("niet uw huidige wachtwoord")));
        mvc.perform(post("/account/wachtwoord").session(session).with(csrf()).param("huidig", ouder.password())
                        .param("nieuw", "mijn-eigen-geheim-2026").param("herhaling", "mijn-eigen-geheim-2026"))
                .andExpect(redirectedUrl("/"));

        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(ouder.username()).password(ouder.password()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(formLogin("/login").user(ouder.username()).password("mijn-eigen-geheim-2026"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void changingSomeonesRolesEndsTheirOpenSession() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser toezicht = fixtures.userWithoutTotp(tenant, Role.TOEZICHT, null);
        MockHttpSession session = logIn(toezicht, "/");

        RoleGrantInput grant = new RoleGrantInput();
        grant.setRole(Role.OUDER);
        nl.passend.shared.TenantContext.runAs(tenant.id(),
                () -> accounts.addRole(tenant.beheerder().user(), toezicht.user().accountId(), grant));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?opnieuw"));
    }

    @Test
    void afterSigningInTheRequestedPageOpens() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/register/besturen").session(session)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/login").session(session).with(csrf()).param("username", tenant.beheerder().username())
                .param("password", tenant.beheerder().password())).andExpect(redirectedUrl("/login/totp"));

        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", tenant.beheerder().totpCode()))
                .andExpect(redirectedUrl("/register/besturen?continue"));
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/register/scholen")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Inloggen bij Passend")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void formsRefuseRequestsWithoutCsrfToken() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        MockHttpSession session = logIn(tenant.beheerder(), "/login/totp");
        mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", tenant.beheerder().totpCode()));

        mvc.perform(post("/register/werkgebieden").session(session).param("naam", "Zonder token"))
                .andExpect(status().isForbidden());
    }
}
