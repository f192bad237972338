package nl.passend.finance.reports;

import static nl.passend.finance.reports.ReportsWorld.JAAR;
import static nl.passend.finance.reports.ReportsWorld.booking;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.EigenVermogenInput;
import nl.passend.finance.EigenVermogenService;
import nl.passend.finance.HistorieService;
import nl.passend.finance.RealisatieBoeking;
import nl.passend.finance.RealisatieBoeking.Betaalsoort;
import nl.passend.finance.RealisatieService;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.support.Api;
import nl.passend.support.Fixtures;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** The finance overview with its SVG charts and tables, and the betaaloverzicht API for a bestuur. */
@PassendIntegrationTest
class FinancienWebTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired HistorieService historie;
    @Autowired EigenVermogenService eigenVermogen;
    @Autowired RealisatieService realisatie;
    @Autowired VerdeelmodelService modellen;
    @LocalServerPort int port;

    private ReportsWorld w;

    @BeforeEach
    void world() {
        w = new ReportsWorld(fixtures);
    }

    @Test
    void theOverviewDrawsTheChartsAsAccessibleSvgWithTheFiguresInTables() throws Exception {
        String seed = HistorieImportIntegrationTests.seed();
        w.as(w.controller, u -> historie.importeer(u, "lasten.csv", seed));
        EigenVermogenInput ev = new EigenVermogenInput();
        ev.setJaar(2021);
        ev.setBedrag(new BigDecimal("1500000.00"));
        w.as(w.controller, u -> eigenVermogen.save(u, ev));

        String html = mvc.perform(get("/financien").session(WebLogin.logIn(mvc, w.controller)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);

        assertThat(page.select("svg[role=img]")).hasSize(3).allSatisfy(svg -> {
            String[] labelledBy = svg.attr("aria-labelledby").split(" ");
            assertThat(svg.getElementById(labelledBy[0])).isNotNull();
            assertThat(svg.getElementById(labelledBy[0]).tagName()).isEqualTo("title");
            assertThat(svg.getElementById(labelledBy[1]).tagName()).isEqualTo("desc");
        });
        assertThat(page.select("#grafiek-lasten-categorie rect")).hasSizeGreaterThanOrEqualTo(35);
        Element lasten = page.getElementById("tabel-lasten-categorie");
        assertThat(lasten.select("thead th").eachText()).containsSubsequence("2017", "2018", "2019", "2020", "2021");
        assertThat(lasten.select("tfoot td").eachText()).containsSubsequence("€ 12.399.336,00", "€ 13.798.170,00",
                "€ 14.225.217,00", "€ 14.158.620,00", "€ 13.789.620,00");
        assertThat(lasten.text()).contains("Management en organisatie").contains("€ 738.550,00");
        assertThat(page.getElementById("tabel-resultaat-reserve").text()).contains("€ 1.500.000,00");
        // The history holds only lasten: the baten of 2017-2021 are left out (no bar, an empty cell), not drawn as
        // 0 with a false deficit; baten - lasten is unknown.
        Element y2017 = page.select("#tabel-baten-lasten tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("2017")).findFirst().orElseThrow();
        assertThat(y2017.select("td").stream().map(Element::text)).containsExactly("", "", "€ 12.399.336,00", "Historie");
        assertThat(page.select("#grafiek-baten-lasten rect title").eachText())
                .noneMatch(t -> t.startsWith("Baten 20"))
                .anyMatch(t -> t.startsWith("Lasten 2017"));
        Element resultaat2017 = page.select("#tabel-resultaat-reserve tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().equals("2017")).findFirst().orElseThrow();
        assertThat(resultaat2017.selectFirst("td").text()).isEqualTo("onbekend");
        assertThat(page.select("#grafiek-resultaat-reserve rect")).isEmpty();
        assertThat(page.select("polyline")).hasSize(1);
        assertThat(page.select("ul.tiles a").eachAttr("href")).contains("/financien/normbedragen",
                "/financien/verdeelmodellen", "/financien/begrotingen", "/financien/realisatie/" + w.thisYear(),
                "/financien/reserve", "/financien/historie", "/financien/betaaloverzichten");

        String bestuur = mvc.perform(get("/financien").session(WebLogin.logIn(mvc, w.bestuurA)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document bestuurPage = Jsoup.parse(bestuur);
        assertThat(bestuurPage.select("svg")).isEmpty();
        assertThat(bestuurPage.select("ul.tiles a").eachAttr("href"))
                .containsExactly("/financien/begrotingen", "/financien/betaaloverzichten");
    }

    @Test
    void onlyUncorrectedBookingsOfferACorrectionEachButtonNamedForItsBooking() throws Exception {
        RealisatieBoeking fout = w.as(w.controller, u -> realisatie.boek(u,
                booking(2, Begrotingspost.OZA, "2500.50", w.a, Betaalsoort.ARRANGEMENT, "Arrangement groep 7")));
        w.as(w.controller, u -> realisatie.boek(u,
                booking(3, Begrotingspost.OZA, "300.00", null, null, "Jeugdhulp")));
        w.as(w.controller, u -> realisatie.boek(u,
                booking(3, Begrotingspost.OVERIGE_LASTEN, "99.00", null, null, "Scholing")));
        var controller = WebLogin.logIn(mvc, w.controller);
        String page = "/financien/realisatie/" + JAAR;
        // The correction (listed in March, of a February booking) lands on the month of the booking.
        mvc.perform(post(page + "/boekingen/" + fout.id() + "/correctie").param("maand", "3").session(controller)
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "?maand=2"));

        // The page lists one month at a time, by default the latest month with bookings (March).
        Document html = Jsoup.parse(mvc.perform(get(page).session(controller)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("#realisatie-boekingen tbody tr")).hasSize(2);
        // The table is one month: no column repeats the month.
        assertThat(html.select("#realisatie-boekingen thead th").eachText()).doesNotContain("Maand")
                .contains("Post", "Bedrag (euro)");
        assertThat(html.select("#realisatie-boekingen tbody tr").first().select("td")).hasSize(6);
        assertThat(html.select("#realisatie-boekingen button").eachAttr("aria-label"))
                .containsExactly("Tegenboeking maken voor maart: Jeugdhulp", "Tegenboeking maken voor maart: Scholing");
        // February holds the corrected booking and its correction: neither can be corrected again.
        Document februari = Jsoup.parse(mvc.perform(get(page).param("maand", "2").session(controller))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(februari.select("#realisatie-boekingen tbody tr")).hasSize(2);
        assertThat(februari.select("#realisatie-boekingen button")).isEmpty();
        assertThat(februari.select("nav a[aria-current=page]").text()).isEqualTo("februari");
        // A second correction through the screen is refused with a message, not an error page, on the month listed.
        assertThat(februari.select("#realisatie-boekingen form input[name=maand]")).isEmpty();
        mvc.perform(post(page + "/boekingen/" + fout.id() + "/correctie").param("maand", "2").session(controller)
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "?maand=2"))
                .andExpect(flash().attribute("fout", "error.realisatie-al-gecorrigeerd"));
        assertThat(html.select("#realisatie-boekingen form input[name=maand]").eachAttr("value")).containsOnly("3");

        // A hand booking and "boek maand" (here refused: no verdeelmodel) land on the month just changed.
        mvc.perform(post(page + "/boekingen").session(controller).with(csrf()).param("jaar", String.valueOf(JAAR))
                        .param("maand", "4").param("post", "OZA").param("bedrag", "125")
                        .param("omschrijving", "Jeugdhulp april"))
                .andExpect(redirectedUrl(page + "?maand=4"))
                .andExpect(flash().attribute("message", "finance.realisatie.geboekt"));
        mvc.perform(post(page + "/boek-maand").param("maand", "5").session(controller).with(csrf()))
                .andExpect(redirectedUrl(page + "?maand=5"))
                .andExpect(flash().attribute("fout", "error.realisatie-geen-verdeelmodel"));
    }

    @Test
    void aNewComponentIsPaidMonthlyByDefault() throws Exception {
        VerdeelmodelInput in = new VerdeelmodelInput();
        in.setJaar(JAAR + 1);
        in.setNaam("Concept");
        in.setTeldatum(LocalDate.of(JAAR, 10, 1));
        in.setGeldigVanaf(LocalDate.of(JAAR + 1, 1, 1));
        Verdeelmodel model = w.as(w.controller, u -> modellen.create(u, in));

        Document html = Jsoup.parse(mvc.perform(get("/financien/verdeelmodellen/" + model.id() + "/componenten/nieuw")
                        .session(WebLogin.logIn(mvc, w.controller))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(html.select("input[type=checkbox][name=maandelijks]").first().hasAttr("checked")).isTrue();
    }

    @Test
    void theApiGivesABestuurItsOwnStatementAsJsonAndCsvAndNotAnothers() {
        w.as(w.controller, u -> realisatie.boek(u,
                booking(2, Begrotingspost.OZA, "2500.50", w.a, Betaalsoort.ARRANGEMENT, "=Arrangement")));
        w.as(w.controller, u -> realisatie.boek(u,
                booking(2, Begrotingspost.REGULIER, "1000.00", w.b, Betaalsoort.BASIS_LICHT, "Ander bestuur")));
        Api api = new Api(port);
        String token = api.token(w.bestuurA);
        String maand = JAAR + "-02";

        Api.Response json = api.get("/api/v1/betaaloverzichten?bestuur=" + w.a.id() + "&maand=" + maand, token);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body().get("totaal").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(json.body().get("regels")).hasSize(1);
        assertThat(json.body().get("maand").asString()).isEqualTo(maand);

        Api.Response csv = api.get("/api/v1/betaaloverzichten?bestuur=" + w.a.id() + "&maand=" + maand
                + "&format=csv", token);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.raw()).contains(";'=Arrangement;2500,50\r\n").contains(";Totaal;2500,50\r\n");

        Api.Response other = api.get("/api/v1/betaaloverzichten?bestuur=" + w.b.id() + "&maand=" + maand, token);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.code()).isEqualTo("betaaloverzicht-bestuur-onbekend");
    }

    @Test
    void everyReportScreenRendersForTheControllerAndToezichtSeesNoStatements() throws Exception {
        String seed = HistorieImportIntegrationTests.seed();
        w.as(w.controller, u -> historie.importeer(u, "lasten.csv", seed));
        EigenVermogenInput ev = new EigenVermogenInput();
        ev.setJaar(2021);
        ev.setBedrag(new BigDecimal("900000.00"));
        w.as(w.controller, u -> eigenVermogen.save(u, ev));
        w.as(w.controller, u -> realisatie.boek(u,
                booking(2, Begrotingspost.OZA, "2500.50", w.a, Betaalsoort.ARRANGEMENT, "Arrangement")));
        var controller = WebLogin.logIn(mvc, w.controller);
        for (String path : new String[] {"/financien/historie", "/financien/realisatie/" + JAAR, "/financien/reserve",
                "/financien/reserve?jaar=2021", "/financien/trimester/" + JAAR + "/1",
                "/financien/betaaloverzichten?bestuur=" + w.a.id() + "&maand=" + JAAR + "-02"}) {
            String html = mvc.perform(get(path).session(controller)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(html).as(path).contains("<h1");
        }
        // The history's totals: baten and lasten each on their own row, never added together; baten first.
        w.as(w.controller, u -> historie.importeer(u, "baten.csv", """
                post;2017;2018
                Rijksbijdrage lichte ondersteuning;4.100.000,00;4.200.000,00
                Rijksbijdrage zware ondersteuning;8.900.000,00;9.100.000,00
                TOTAAL BATEN;13.000.000,00;13.300.000,00
                """));
        Element tabel = Jsoup.parse(mvc.perform(get("/financien/historie").session(controller)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8)).selectFirst("table");
        assertThat(tabel.select("tbody th").eachText()).startsWith("Rijksbijdrage lichte ondersteuning",
                "Rijksbijdrage zware ondersteuning", "Regulier (basis- en lichte ondersteuning)");
        assertThat(tabel.select("tfoot tr")).hasSize(2);
        assertThat(tabel.select("tfoot tr").get(0).select("th, td").stream().map(Element::text)).containsExactly("Totaal baten",
                "€ 13.000.000,00", "€ 13.300.000,00", "", "", "");
        assertThat(tabel.select("tfoot tr").get(1).select("th, td").stream().map(Element::text)).containsExactly("Totaal lasten",
                "€ 12.399.336,00", "€ 13.798.170,00", "€ 14.225.217,00", "€ 14.158.620,00", "€ 13.789.620,00");
        assertThat(mvc.perform(get("/financien/betaaloverzichten").param("bestuur", w.a.id().toString())
                .param("maand", JAAR + "-02").session(controller)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("€ 2.500,50");
        byte[] pdf = mvc.perform(get("/financien/trimester/" + JAAR + "/1.pdf").session(controller))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        mvc.perform(get("/financien/betaaloverzichten.pdf").param("bestuur", w.a.id().toString())
                .param("maand", JAAR + "-02").session(controller)).andExpect(status().isOk());

        var toezicht = WebLogin.logIn(mvc, w.toezicht(fixtures));
        mvc.perform(get("/financien/reserve").session(toezicht)).andExpect(status().isOk());
        mvc.perform(get("/financien/trimester/" + JAAR + "/2").session(toezicht)).andExpect(status().isOk());
        mvc.perform(get("/financien/betaaloverzichten").session(toezicht)).andExpect(status().isForbidden());
    }
}
