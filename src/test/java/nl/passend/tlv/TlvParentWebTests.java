package nl.passend.tlv;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.passend.dossier.Leerling;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.TlvWorld;
import nl.passend.support.WebLogin;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The parent's view of a TLV case: their own child's only, in plain Dutch, with the letter. */
@PassendIntegrationTest
class TlvParentWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired TlvAanvraagService aanvragen;
    @Autowired BesluitService besluiten;

    private TlvWorld w;

    @BeforeEach
    void world() {
        w = new TlvWorld(fixtures, tlv);
    }

    private MockHttpSession logIn(Fixtures.TestUser user) throws Exception {
        return WebLogin.logIn(mvc, user);
    }

    @Test
    void aParentSeesTheirChildsCaseInPlainDutchAndNotAnotherChilds() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.inAdvies(sem);
        Advies followed = w.advised(a);
        Besluit besluit = w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(followed.id())));
        Leerling other = w.anotherPupil();
        TlvAanvraag othersRequest = w.as(w.ib, u -> aanvragen.submit(u, w.soRequest(other)));
        MockHttpSession ouder = logIn(w.ouder);

        mvc.perform(get("/tlv/aanvragen").session(ouder))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aanvragen voor uw kind")))
                .andExpect(content().string(containsString(sem.volledigeNaam())))
                .andExpect(content().string(not(containsString(other.volledigeNaam()))));
        mvc.perform(get("/tlv/aanvragen/" + a.id()).session(ouder))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hoe staat het ervoor?")))
                .andExpect(content().string(containsString("Uw kind mag naar het speciaal (basis)onderwijs")))
                .andExpect(content().string(containsString("Onderwijsbehoeften vragen om een kleine groep")))
                .andExpect(content().string(containsString("/bezwaren/nieuw?besluit=" + besluit.id())))
                .andExpect(content().string(not(containsString("/besluit\""))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/tlv/besluiten/" + besluit.id() + "/beschikking.pdf").session(ouder))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        mvc.perform(get("/tlv/aanvragen/" + othersRequest.id()).session(ouder))
                .andExpect(status().isNotFound());
    }
}
