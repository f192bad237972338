package nl.passend.finance.model;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.passend.finance.Verdeelmodel;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The verdeelmodel and begroting screens: actions shown only when allowed, Dutch errors that keep the input. */
@PassendIntegrationTest
class VerdeelmodelWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void showsEachUserOnlyTheActsTheyMayDoAndKeepsInputOnAnError() throws Exception {
        ModelWorld.World w = new ModelWorld(context).create();
        Verdeelmodel concept = w.concept(ModelWorld.vasteVoet("12345.67"));
        String page = "/financien/verdeelmodellen/" + concept.id();
        MockHttpSession controller = WebLogin.logIn(mvc, w.controller);
        MockHttpSession directeur = WebLogin.logIn(mvc, w.directeur);

        // No baten for the year in this SWV: the page says why and computes on an amount typed in instead.
        mvc.perform(get(page).session(controller))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("De verdeling kan nu niet worden berekend")))
                .andExpect(content().string(Matchers.containsString("Component toevoegen")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Instemming OPR vastleggen"))));
        mvc.perform(get(page).param("beschikbaar", "1000000").session(controller))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("€ 86.419,69")))
                .andExpect(content().string(Matchers.containsString("€ 913.580,31")));
        mvc.perform(get(page).session(directeur))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Instemming OPR vastleggen")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Component toevoegen"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Verdeelmodel vaststellen"))));

        mvc.perform(post(page + "/componenten").session(controller).with(csrf())
                        .param("soort", "VASTE_VOET").param("naam", "Voet met procent").param("post", "REGULIER")
                        .param("percentage", "10"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("vul hier een bedrag in")))
                .andExpect(content().string(Matchers.containsString("value=\"Voet met procent\"")));

        w.opr(concept);
        mvc.perform(get(page).session(directeur))
                .andExpect(content().string(Matchers.containsString("Verdeelmodel vaststellen")));
        mvc.perform(get(page).session(controller))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Component toevoegen"))));

        MockHttpSession bestuur = WebLogin.logIn(mvc, w.bestuurUser);
        mvc.perform(get(page).session(bestuur)).andExpect(status().isForbidden());
        mvc.perform(get("/financien/begrotingen").session(bestuur)).andExpect(status().isOk());
        mvc.perform(get(page + "/opr-instemming").session(controller)).andExpect(status().isForbidden());
    }

    @Test
    void begrotingPageShowsScenariosSideBySideAndABestuurOnlyTheVastgesteldeTotals() throws Exception {
        ModelWorld.World w = new ModelWorld(context).create().withBaten();
        Verdeelmodel model = w.adopt(w.concept(ModelWorld.vasteVoet("12345.67")), null);
        MockHttpSession controller = WebLogin.logIn(mvc, w.controller);
        MockHttpSession bestuur = WebLogin.logIn(mvc, w.bestuurUser);

        String location = mvc.perform(post("/financien/begrotingen").session(controller).with(csrf())
                        .param("jaar", "2027").param("naam", "Begroting 2027").param("verdeelmodelId", model.id().toString())
                        .param("indexatiePercentage", "2.5"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/scenarios").session(controller).with(csrf())
                        .param("naam", "SO +0.2").param("soDeelnameDelta", "0.2").param("sboDeelnameDelta", "0")
                        .param("leerlingenDeltaPct", "0").param("indexatieDelta", "0"))
                .andExpect(status().is3xxRedirection());
        for (String form : new String[] {"/prognoses", "/scenarios/nieuw", "/bewerken"}) {
            mvc.perform(get(location + form).session(controller)).andExpect(status().isOk());
        }
        mvc.perform(get(location).session(controller))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Meerjarenbegroting per scenario")))
                .andExpect(content().string(Matchers.containsString("<caption>SO +0.2</caption>")))
                .andExpect(content().string(Matchers.containsString("<caption>Basis</caption>")))
                .andExpect(content().string(Matchers.containsString("2030")));
        mvc.perform(get(location).session(bestuur)).andExpect(status().isNotFound());

        MockHttpSession directeur = WebLogin.logIn(mvc, w.directeur);
        mvc.perform(post(location + "/vaststelling").session(directeur).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(location).session(bestuur))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vastgestelde begroting 2027 en meerjarenbegroting")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Meerjarenbegroting per scenario"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("SO +0.2"))));
    }
}
