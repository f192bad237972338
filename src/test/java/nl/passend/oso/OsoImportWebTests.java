package nl.passend.oso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.passend.organisation.SchoolService;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The IB uploads an OSO dossier, sees the preview (secrets hidden) and confirms: a concept aanvraag opens. */
@PassendIntegrationTest
class OsoImportWebTests {

    @Autowired Fixtures fixtures;
    @Autowired SchoolService scholen;
    @Autowired MockMvc mvc;

    @Test
    void anIbUploadsPreviewsAndConfirmsADossier() throws Exception {
        OsoWorld w = new OsoWorld(fixtures, scholen);
        MockHttpSession session = WebLogin.logIn(mvc, w.ib);
        mvc.perform(get("/oso/import").session(session)).andExpect(status().isOk());

        String refused = mvc.perform(multipart("/oso/import").file(new MockMultipartFile("bestand", "bsn.xml",
                        "application/xml", OsoFiles.own("dossier-bsn.xml"))).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("bsn").doesNotContain("999990019").doesNotContain("Testjansma");

        String page = mvc.perform(multipart("/oso/import").file(new MockMultipartFile("bestand", "dossier.xml",
                        "application/xml", OsoFiles.own("dossier-compleet.xml"))).session(session).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Fenna Testjansma", "OBS De Fictieve Vlinder", "TLV-2024-0001", "opp.txt",
                "ilse@voorbeeld.invalid");
        assertThat(page).as("secret phone and address not shown").doesNotContain("0612345000").doesNotContain("Geheimestraat");
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page);
        assertThat(token.find()).isTrue();

        mvc.perform(post("/oso/import/bevestig").param("token", token.group(1)).session(session).with(csrf()))
                .andExpect(redirectedUrlPattern("/aanvragen/*"));
        mvc.perform(post("/oso/import/bevestig").param("token", token.group(1)).session(session).with(csrf()))
                .andExpect(status().isConflict());
    }
}
