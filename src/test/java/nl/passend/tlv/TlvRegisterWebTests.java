package nl.passend.tlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

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

/** The TLV register screens: the list with its CSV export, one TLV with renewal and terugplaatsing. */
@PassendIntegrationTest
class TlvRegisterWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;
    @Autowired BesluitService besluiten;
    @Autowired TlvRegister register;

    private TlvWorld w;

    @BeforeEach
    void world() {
        w = new TlvWorld(fixtures, tlv);
    }

    private MockHttpSession logIn(Fixtures.TestUser user) throws Exception {
        return WebLogin.logIn(mvc, user);
    }

    @Test
    void theRegisterExportsTheOsoFieldsAndOffersTheSchoolARenewal() throws Exception {
        Leerling sem = w.pupil();
        TlvAanvraag a = w.inAdvies(sem);
        Advies followed = w.advised(a);
        Besluit besluit = w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(followed.id())));
        MockHttpSession directeur = logIn(w.directeur);

        mvc.perform(get("/tlv/register").param("type", "SO").session(directeur))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(besluit.beschikkingsnummer())))
                .andExpect(content().string(containsString("/tlv/register.csv?type=SO")));
        String csv = mvc.perform(get("/tlv/register.csv").param("type", "SO").session(directeur))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"tlv-register.csv\""))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("tlvswvnummer;tlvbeschikkingsnummer;tlvcategorie;tlvingangdatum;tlveinddatum;");
        assertThat(csv).contains(besluit.beschikkingsnummer() + ";M;2027-01-04;2028-07-31");
        mvc.perform(get("/tlv/register/" + besluit.tlvId()).session(directeur))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Verlenging aanvragen"))));

        mvc.perform(get("/tlv/register/" + besluit.tlvId()).session(logIn(w.ib)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verlenging aanvragen")))
                .andExpect(content().string(containsString("vorigeTlv=" + besluit.tlvId())));
    }


    @Test
    void medewerkerPlansATerugplaatsingKeepsTheInputOnAnErrorAndMarksItDone() throws Exception {
        TlvAanvraag a = w.inAdvies(w.pupil());
        Besluit besluit = w.as(w.directeur, u -> besluiten.decide(u, a.id(), w.grant(w.advised(a).id())));
        MockHttpSession session = logIn(w.medewerker);
        String page = "/tlv/register/" + besluit.tlvId();
        mvc.perform(get(page).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"terugplaatsing\"")));

        var refused = mvc.perform(post(page + "/terugplaatsing").session(session).with(csrf())
                        .param("doelschoolId", w.bao.id().toString()).param("datum", "2030-01-01")
                        .param("toelichting", "Terug naar groep 6"))
                .andExpect(redirectedUrl(page + "#terugplaatsing")).andReturn();
        mvc.perform(get(page).session(session).flashAttrs(refused.getFlashMap())).andExpect(status().isOk())
                .andExpect(content().string(containsString("binnen de looptijd van de TLV")))
                .andExpect(content().string(containsString("Terug naar groep 6")));

        mvc.perform(post(page + "/terugplaatsing").session(session).with(csrf())
                        .param("doelschoolId", w.bao.id().toString()).param("datum", "2028-08-01"))
                .andExpect(redirectedUrl(page)).andExpect(flash().attribute("message", "tlv.terugplaatsing.saved"));
        UUID planned = w.as(w.medewerker, u -> register.get(u, besluit.tlvId())).terugplaatsingId();
        assertThat(planned).isNotNull();
        mvc.perform(post(page + "/terugplaatsing/" + planned).session(session).with(csrf()).param("status", "AFGEROND"))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).session(session)).andExpect(content().string(containsString("Afgerond")))
                .andExpect(content().string(not(containsString("id=\"terugplaatsing\""))));
    }
}
