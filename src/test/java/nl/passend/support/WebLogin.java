package nl.passend.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a test user in through the real login form (and the TOTP step when the user has one) for MockMvc tests. */
public final class WebLogin {

    private WebLogin() {
    }

    public static MockHttpSession logIn(MockMvc mvc, Fixtures.TestUser user) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(user.username())
                .password(user.password())).andReturn().getRequest().getSession(false);
        if (user.totpSecret() != null) {
            mvc.perform(post("/login/totp").session(session).with(csrf()).param("code", user.totpCode()))
                    .andExpect(redirectedUrl("/"));
        }
        return session;
    }
}
