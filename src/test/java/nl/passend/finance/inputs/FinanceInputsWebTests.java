package nl.passend.finance.inputs;

import static nl.passend.finance.inputs.FinanceInputsData.amount;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.passend.finance.Normbedrag;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The input screens render, keep what was typed on a refusal, and stay closed to readers. */
@PassendIntegrationTest
class FinanceInputsWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired NormbedragService normbedragen;

    @Test
    void controllerWorksThroughTheInputScreensAndSeesRefusalsOnTheForm() throws Exception {
        Fixtures.Tenant tenant = fixtures.tenant();
        Fixtures.TestUser controller = fixtures.user(tenant, Role.CONTROLLER, null);
        Normbedrag sbo = TenantContext.callAs(tenant.id(),
                () -> normbedragen.create(controller.user(), amount(2025, NormbedragSoort.SBO, "4321.10")));
        MockHttpSession session = WebLogin.logIn(mvc, controller);

        for (String page : new String[] {"/financien/normbedragen?jaar=2025", "/financien/normbedragen/nieuw?jaar=2025",
                "/financien/normbedragen/" + sbo.id() + "/correctie", "/financien/normbedragen/" + sbo.id() + "/versies",
                "/financien/tellingen", "/financien/tellingen/nieuw", "/financien/tellingen/import",
                "/financien/subsidies?jaar=2025", "/financien/subsidies/nieuw?jaar=2025"}) {
            mvc.perform(get(page).session(session)).andExpect(status().isOk());
        }
        mvc.perform(get("/financien/normbedragen?jaar=2025").session(session))
                .andExpect(content().string(Matchers.containsString("€ 4.321,10")));

        mvc.perform(post("/financien/normbedragen/" + sbo.id() + "/correctie").session(session).with(csrf())
                        .param("waarde", "4.400,255").param("status", "DEFINITIEF").param("bronRegeling", "Regeling 2025")
                        .param("bronVindplaats", "Stcrt. 2025, 1").param("bronDatum", "2025-06-01")
                        .param("reden", "Definitieve bedragen"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("hele centen")))
                .andExpect(content().string(Matchers.containsString("value=\"Definitieve bedragen\"")));
        mvc.perform(post("/financien/normbedragen/" + sbo.id() + "/correctie").session(session).with(csrf())
                        .param("waarde", "4.400,25").param("status", "DEFINITIEF").param("bronRegeling", "Regeling 2025")
                        .param("bronVindplaats", "Stcrt. 2025, 1").param("bronDatum", "2025-06-01")
                        .param("reden", "Definitieve bedragen"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/financien/normbedragen?jaar=2025").session(session))
                .andExpect(content().string(Matchers.containsString("€ 4.400,25")));

        mvc.perform(post("/financien/tellingen/import").session(session).with(csrf())
                        .param("inhoud", "2024-02-01;BASIS;;100\n2024-02-01;SO_ZWAAR;;3"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Regel 2:")))
                .andExpect(content().string(Matchers.containsString("SO_ZWAAR")));
        mvc.perform(post("/financien/subsidies").session(session).with(csrf()).param("jaar", "2025")
                        .param("verstrekker", "Gemeente Duinmeer").param("omschrijving", "Schakelklas")
                        .param("bedrag", "1.234,56"))
                .andExpect(redirectedUrl("/financien/subsidies?jaar=2025"));
        mvc.perform(get("/financien/subsidies?jaar=2025").session(session))
                .andExpect(content().string(Matchers.containsString("€ 1.234,56")));

        Fixtures.TestUser directeur = fixtures.user(tenant, Role.DIRECTEUR, null);
        MockHttpSession reader = WebLogin.logIn(mvc, directeur);
        mvc.perform(get("/financien/tellingen").session(reader)).andExpect(status().isOk());
        mvc.perform(post("/financien/normbedragen/publicaties").session(reader).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
