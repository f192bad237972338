package nl.passend.bezwaar;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;
import nl.passend.support.TlvWorld;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** The bezwaar screens: list, detail with the acts possible now, the register form and the parent's form. */
@PassendIntegrationTest
class BezwaarWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired BezwaarService bezwaren;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    BezwaarWorld w;

    @BeforeEach
    void world() {
        w = new BezwaarWorld(fixtures, tlv, jdbc, transactions);
    }

    private MockHttpSession logIn(Fixtures.TestUser user) throws Exception {
        return WebLogin.logIn(mvc, user);
    }

    private Bezwaar lateBezwaar(BezwaarWorld.Case c) {
        BezwaarInput in = new BezwaarInput();
        in.setBesluitId(c.besluit().id());
        in.setIndiener(Indiener.OUDERS);
        in.setOntvangenOp(c.sent().plusDays(50));
        return w.as(w.medewerker, u -> bezwaren.register(u, in));
    }

    @Test
    void listAndDetailShowTheDatesAndOnlyTheActsPossibleNow() throws Exception {
        BezwaarWorld.Case c = w.decided(100);
        Bezwaar b = lateBezwaar(c);
        MockHttpSession session = logIn(w.medewerker);

        mvc.perform(get("/bezwaren").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(c.leerling().achternaam())))
                .andExpect(content().string(Matchers.containsString("Te laat")))
                .andExpect(content().string(Matchers.containsString("href=\"/bezwaren\"")));
        mvc.perform(get("/bezwaren/" + b.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Doorsturen naar de Landelijke Bezwaaradviescommissie TLV")))
                .andExpect(content().string(Matchers.containsString("Te laat, maar verschoonbaar")))
                .andExpect(content().string(Matchers.containsString("action=\"/bezwaren/" + b.id() + "/verdagen\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/beslissen\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/hoorzitting\""))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("??"))));
    }

    @Test
    void aRefusedActShowsTheReasonAndKeepsWhatWasTyped() throws Exception {
        BezwaarWorld.Case c = w.decided(100);
        Bezwaar b = lateBezwaar(c);
        MockHttpSession session = logIn(w.medewerker);

        mvc.perform(post("/bezwaren/" + b.id() + "/verdagen").session(session).with(csrf())
                        .param("datum", w.today().plusDays(3).toString()).param("toelichting", "Zomervakantie commissie")
                        .param("version", String.valueOf(b.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Deze datum ligt in de toekomst")))
                .andExpect(content().string(Matchers.containsString("Zomervakantie commissie")));
        mvc.perform(post("/bezwaren/" + b.id() + "/doorsturen").session(session).with(csrf())
                        .param("datum", w.today().toString()).param("version", String.valueOf(b.version())))
                .andExpect(redirectedUrl("/bezwaren/" + b.id()));
    }

    @Test
    void staffRegisterABezwaarOnTheForm() throws Exception {
        BezwaarWorld.Case c = w.decided(30);
        MockHttpSession session = logIn(w.medewerker);

        mvc.perform(get("/bezwaren/nieuw").param("besluit", c.besluit().id().toString()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bezwaar registreren")))
                .andExpect(content().string(Matchers.containsString("name=\"indiener\"")));
        mvc.perform(post("/bezwaren").session(session).with(csrf()).param("besluitId", c.besluit().id().toString())
                        .param("ontvangenOp", c.sent().plusDays(5).toString()).param("gronden", "Pro forma"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kies wie het bezwaar heeft ingediend")))
                .andExpect(content().string(Matchers.containsString("Pro forma")));
        mvc.perform(post("/bezwaren").session(session).with(csrf()).param("besluitId", c.besluit().id().toString())
                        .param("indiener", "SCHOOLBESTUUR").param("ontvangenOp", c.sent().plusDays(5).toString()))
                .andExpect(redirectedUrlPattern("/bezwaren/*"));
    }

    @Test
    void aParentFilesWithGroundsOnly() throws Exception {
        BezwaarWorld.Case c = w.decided(10);
        MockHttpSession session = logIn(w.ouder);

        mvc.perform(get("/bezwaren/nieuw").param("besluit", c.besluit().id().toString()).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Bezwaar maken")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"indiener\""))));
        mvc.perform(post("/bezwaren").session(session).with(csrf()).param("besluitId", c.besluit().id().toString())
                        .param("gronden", "Wij willen dat Noor op haar school blijft."))
                .andExpect(redirectedUrlPattern("/bezwaren/*"));
        mvc.perform(post("/bezwaren").session(session).with(csrf()).param("besluitId", c.besluit().id().toString())
                        .param("gronden", "Nog een keer."))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Er loopt al een bezwaar")));
    }
}
