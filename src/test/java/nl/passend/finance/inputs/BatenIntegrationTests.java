package nl.passend.finance.inputs;

import static nl.passend.finance.inputs.FinanceInputsData.amount;
import static nl.passend.finance.inputs.FinanceInputsData.correction;
import static nl.passend.finance.inputs.FinanceInputsData.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import nl.passend.finance.BatenOpslag;
import nl.passend.finance.BatenService;
import nl.passend.finance.BekostigingstellingService;
import nl.passend.finance.Begrotingspost;
import nl.passend.finance.Normbedrag;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.SubsidieInput;
import nl.passend.finance.SubsidieService;
import nl.passend.finance.TelSoort;
import nl.passend.finance.calc.BatenBerekening;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.PassendIntegrationTest;
import nl.passend.support.WebLogin;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The baten of a year from amounts, counts and subsidies: which amount version was used, saved, and on screen. */
@PassendIntegrationTest
class BatenIntegrationTests {

    private static final int JAAR = 2025;
    private static final LocalDate TELDATUM = LocalDate.of(2024, 2, 1);

    @Autowired Fixtures fixtures;
    @Autowired NormbedragService normbedragen;
    @Autowired BekostigingstellingService tellingen;
    @Autowired SubsidieService subsidies;
    @Autowired BatenService baten;
    @Autowired MockMvc mvc;

    private Tenant tenant;
    private Fixtures.TestUser controller;

    private <T> T as(Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(controller.user()));
    }

    /** Amounts of 2025, counts on 1 February 2024 and one subsidy; returns the lichte-ondersteuning amount. */
    private Normbedrag aYearWithEverything() {
        tenant = fixtures.tenant();
        controller = fixtures.user(tenant, Role.CONTROLLER, null);
        Normbedrag licht = as(u -> normbedragen.create(u, amount(JAAR, NormbedragSoort.LICHTE_ONDERSTEUNING, "200.00")));
        Map.of(NormbedragSoort.ZWARE_ONDERSTEUNING, "500.00", NormbedragSoort.SBO, "4000.00",
                NormbedragSoort.SO_LAAG, "10000.00", NormbedragSoort.SO_MIDDEN, "15000.00",
                NormbedragSoort.SO_HOOG, "20000.00")
                .forEach((soort, waarde) -> as(u -> normbedragen.create(u, amount(JAAR, soort, waarde))));
        Map.of(TelSoort.BASIS, 1000, TelSoort.SBO, 10, TelSoort.SO_LAAG, 5, TelSoort.SO_MIDDEN, 3, TelSoort.SO_HOOG, 1)
                .forEach((soort, aantal) -> as(u -> tellingen.set(u, count(TELDATUM, soort, aantal))));
        SubsidieInput subsidie = new SubsidieInput();
        subsidie.setJaar(JAAR);
        subsidie.setVerstrekker("Gemeente Duinmeer");
        subsidie.setOmschrijving("Schakelklas");
        subsidie.setBedrag(new BigDecimal("12345.67"));
        as(u -> subsidies.create(u, subsidie));
        return licht;
    }

    @Test
    void aCorrectedAmountIsUsedAsVersionTwoAndTheSavedComputationNamesIt() {
        Normbedrag v1 = aYearWithEverything();
        BatenBerekening before = as(u -> baten.bereken(u, JAAR));
        assertThat(before.teldatum()).isEqualTo(TELDATUM);
        assertThat(before.bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("200000.00");
        assertThat(before.normbedragIds()).contains(v1.id());

        Normbedrag v2 = as(u -> normbedragen.correct(u, v1.id(), correction("210.00", "Definitief bedrag")));
        BatenBerekening after = as(u -> baten.bereken(u, JAAR));

        assertThat(after.normbedragIds()).contains(v2.id()).doesNotContain(v1.id());
        assertThat(after.bedrag(Begrotingspost.RIJKSBIJDRAGE_LICHT)).isEqualByComparingTo("210000.00");
        // 210,000 + 500,000 + 12,345.67 gross; SBO 10 x 4,000 and SO 5 x 10,000 + 3 x 15,000 + 1 x 20,000 deducted.
        assertThat(after.totaleBaten()).isEqualByComparingTo("722345.67");
        assertThat(after.verrekening()).isEqualByComparingTo("155000.00");
        assertThat(after.nettoOntvangst()).isEqualByComparingTo("567345.67");

        BatenOpslag saved = as(u -> baten.opslaan(u, JAAR));
        assertThat(saved.normbedragIds()).contains(v2.id()).doesNotContain(v1.id());
        assertThat(saved.totaleBaten()).isEqualByComparingTo("722345.67");
        BatenBerekening stored = as(u -> baten.opgeslagen(u, saved.id()));
        assertThat(stored.regels()).isEqualTo(after.regels());
        assertThat(stored.normbedragIds()).isEqualTo(after.normbedragIds());

        Tenant other = fixtures.tenant();
        Fixtures.TestUser otherController = fixtures.user(other, Role.CONTROLLER, null);
        assertThatThrownBy(() -> TenantContext.callAs(other.id(), () -> baten.opgeslagen(otherController.user(), saved.id())))
                .isInstanceOf(PassendException.NotFound.class);
        assertThatThrownBy(() -> TenantContext.callAs(other.id(), () -> baten.bereken(otherController.user(), JAAR)))
                .isInstanceOfSatisfying(PassendException.RuleViolation.class,
                        e -> assertThat(e.code()).isEqualTo("normbedrag-ontbreekt"));
    }

    @Test
    void theBatenScreenShowsTheLinesInEurosAndWhatIsMissingInDutch() throws Exception {
        Normbedrag licht = aYearWithEverything();
        MockHttpSession session = WebLogin.logIn(mvc, controller);

        mvc.perform(get("/financien/baten/" + JAAR).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("€ 200.000,00")))
                .andExpect(content().string(Matchers.containsString("€ 712.345,67")))
                .andExpect(content().string(Matchers.containsString("/financien/normbedragen/" + licht.id() + "/versies")))
                .andExpect(content().string(Matchers.containsString("Stcrt. 2024, 12345, art. 3")));
        mvc.perform(post("/financien/baten/" + JAAR + "/opslaan").session(session).with(csrf()))
                .andExpect(redirectedUrl("/financien/baten/" + JAAR));
        java.util.List<BatenOpslag> saved = as(u -> baten.opgeslagen(u, JAAR));
        assertThat(saved).hasSize(1);

        // 2030 has no amounts: a Dutch message on the page, not an error page.
        mvc.perform(get("/financien/baten/2030").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ontbreekt")))
                .andExpect(content().string(Matchers.containsString("Lichte ondersteuning per leerling")));
    }
}
