package nl.passend.groeidocument;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The groeidocument, OPP and consent screens: the IB's next step, the parent's page in plain Dutch. */
@PassendIntegrationTest
class GroeidocumentWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TlvWorld.TlvServices tlv;

    TlvWorld w;

    @BeforeEach
    void world() {
        w = new TlvWorld(fixtures, tlv);
    }

    @Test
    void theIbWritesTheGroeidocumentAndOppAndTheParentAgreesOnTheirPage() throws Exception {
        Leerling sem = w.pupil();
        String pupil = "/leerlingen/" + sem.id();
        MockHttpSession ib = WebLogin.logIn(mvc, w.ib);

        mvc.perform(get(pupil).session(ib)).andExpect(status().isOk())
                .andExpect(content().string(containsString(pupil + "/groeidocument")))
                .andExpect(content().string(containsString(pupil + "/opp")));
        mvc.perform(get(pupil + "/groeidocument").session(ib)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Er is nog geen groeidocument")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(post(pupil + "/groeidocument").session(ib).with(csrf())
                        .param("vraagKind", "Ik wil rustig kunnen werken.").param("onderwijsbehoeften", "Korte instructie"))
                .andExpect(redirectedUrl(pupil + "/groeidocument"))
                .andExpect(flash().attribute("message", "groeidocument.saved"));
        mvc.perform(multipart(pupil + "/groeidocument/bijlagen")
                        .file(new MockMultipartFile("bestand", "verslag.pdf", "application/pdf", "%PDF-1.4".getBytes()))
                        .session(ib).with(csrf()))
                .andExpect(redirectedUrl(pupil + "/groeidocument"));
        mvc.perform(multipart(pupil + "/groeidocument/bijlagen")
                        .file(new MockMultipartFile("bestand", "x.exe", "application/x-msdownload", new byte[] {1}))
                        .session(ib).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit soort bestand kan niet worden toegevoegd")));
        mvc.perform(get(pupil + "/groeidocument").session(ib)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Versie 1, opgeslagen op")))
                .andExpect(content().string(containsString("Ik wil rustig kunnen werken.")))
                .andExpect(content().string(containsString("verslag.pdf")))
                .andExpect(content().string(not(containsString("??"))));

        mvc.perform(post(pupil + "/opp").session(ib).with(csrf())
                        .param("uitstroombestemming", "vmbo-kader"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Controleer het formulier")));
        mvc.perform(post(pupil + "/opp").session(ib).with(csrf())
                        .param("ingeschrevenOp", w.today().minusWeeks(1).toString())
                        .param("uitstroombestemming", "vmbo-kader").param("handelingsdeel", "Rekenen in een kleine groep"))
                .andExpect(redirectedUrl(pupil + "/opp"));
        mvc.perform(get(pupil + "/opp").session(ib)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Vraag de ouders om in te stemmen")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(post(pupil + "/opp/vaststellen").session(ib).with(csrf()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pas worden vastgesteld als de ouders ermee hebben ingestemd")));

        MockHttpSession ouder = WebLogin.logIn(mvc, w.ouder);
        mvc.perform(get(pupil + "/toestemming").session(ouder)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bent u het eens met dit plan?")))
                .andExpect(content().string(containsString("Rekenen in een kleine groep")))
                .andExpect(content().string(containsString("Mag de consulent van het samenwerkingsverband dit stuk zien?")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(post(pupil + "/groeidocument").session(ouder).with(csrf()).param("vraagKind", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(pupil + "/toestemming").session(ouder).with(csrf())
                        .param("onderwerp", "OPP_HANDELINGSDEEL").param("onderwerpId", currentOppId(sem))
                        .param("gegeven", "true"))
                .andExpect(redirectedUrl(pupil + "/toestemming"))
                .andExpect(flash().attribute("message", "toestemming.ouder.recorded"));

        mvc.perform(get(pupil + "/opp").session(ib)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ingestemd op")));
        mvc.perform(post(pupil + "/opp/vaststellen").session(ib).with(csrf()).param("version", "0"))
                .andExpect(redirectedUrl(pupil + "/opp"))
                .andExpect(flash().attribute("message", "opp.vastgesteld"));
    }

    @Autowired OppService opps;

    private String currentOppId(Leerling sem) {
        return w.as(w.ib, u -> opps.current(u, sem.id())).orElseThrow().id().toString();
    }
}
