package nl.passend.finance.inputs;

import static nl.passend.finance.inputs.FinanceInputsData.amount;
import static nl.passend.finance.inputs.FinanceInputsData.correction;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.Normbedrag;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragLading;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.NormbedragStatus;
import nl.passend.shared.PassendException;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.Role;
import nl.passend.support.Fixtures;
import nl.passend.support.Fixtures.Tenant;
import nl.passend.support.PassendIntegrationTest;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

/** Normbedragen: versions instead of changes, refusals with their codes, loading the shipped amounts. */
@PassendIntegrationTest
class NormbedragIntegrationTests {

    @Autowired Fixtures fixtures;
    @Autowired NormbedragService normbedragen;

    private <T> T as(Tenant tenant, Fixtures.TestUser user, Function<CurrentUser, T> work) {
        return TenantContext.callAs(tenant.id(), () -> work.apply(user.user()));
    }

    private static void refused(ThrowingCallable act, Class<? extends PassendException> type, String code) {
        assertThatThrownBy(act).isInstanceOfSatisfying(type, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneStaysAsReplaced() {
        Tenant tenant = fixtures.tenant();
        Fixtures.TestUser controller = fixtures.user(tenant, Role.CONTROLLER, null);
        Normbedrag v1 = as(tenant, controller, u -> normbedragen.create(u, amount(2025, NormbedragSoort.SBO, "4321.10")));

        Normbedrag v2 = as(tenant, controller, u -> normbedragen.correct(u, v1.id(),
                correction("4400.25", "Definitieve regeling na de salarisindexatie")));

        assertThat(v2.versie()).isEqualTo(2);
        assertThat(v2.waarde()).isEqualByComparingTo("4400.25");
        assertThat(v2.status()).isEqualTo(NormbedragStatus.DEFINITIEF);
        assertThat(v2.toelichting()).isEqualTo("Definitieve regeling na de salarisindexatie");
        List<Normbedrag> versions = as(tenant, controller, u -> normbedragen.versions(u, v1.id()));
        assertThat(versions).extracting(Normbedrag::versie).containsExactly(1, 2);
        assertThat(versions.get(0).waarde()).isEqualByComparingTo("4321.10");
        assertThat(versions.get(0).vervangenDoor()).isEqualTo(v2.id());
        assertThat(versions.get(0).vervangenOp()).isNotNull();
        List<Normbedrag> inForce = as(tenant, controller, u -> normbedragen.list(u, 2025));
        assertThat(inForce).extracting(Normbedrag::id).containsExactly(v2.id());

        refused(() -> as(tenant, controller, u -> normbedragen.correct(u, v1.id(), correction("1.00", "Nogmaals"))),
                PassendException.Conflict.class, "normbedrag-al-vervangen");
        refused(() -> as(tenant, controller, u -> normbedragen.create(u, amount(2025, NormbedragSoort.SBO, "1.00"))),
                PassendException.Conflict.class, "normbedrag-bestaat");
    }

    @Test
    void refusesFractionsOfCentsMissingSourcesMixedBandsAndReaders() {
        Tenant tenant = fixtures.tenant();
        Fixtures.TestUser controller = fixtures.user(tenant, Role.CONTROLLER, null);
        Fixtures.TestUser directeur = fixtures.user(tenant, Role.DIRECTEUR, null);

        refused(() -> as(tenant, controller, u -> normbedragen.create(u,
                amount(2025, NormbedragSoort.LICHTE_ONDERSTEUNING, "123.456"))),
                PassendException.RuleViolation.class, "normbedrag-waarde-geen-centen");
        NormbedragInput noSource = amount(2025, NormbedragSoort.LICHTE_ONDERSTEUNING, "123.45");
        noSource.setBronVindplaats(" ");
        refused(() -> as(tenant, controller, u -> normbedragen.create(u, noSource)),
                PassendException.RuleViolation.class, "normbedrag-bron-ontbreekt");
        Normbedrag indexatie = as(tenant, controller, u -> normbedragen.create(u,
                amount(2025, NormbedragSoort.INDEXATIE, "1.2695")));
        assertThat(indexatie.waarde()).isEqualByComparingTo("1.2695");
        refused(() -> as(tenant, controller, u -> normbedragen.create(u, amount(2026, NormbedragSoort.INDEXATIE, "2.12345"))),
                PassendException.RuleViolation.class, "normbedrag-indexatie-ongeldig");

        NormbedragInput onder8 = amount(2016, NormbedragSoort.SO_LAAG, "9059.77");
        onder8.setLeeftijdsklasse(Leeftijdsklasse.ONDER_8);
        as(tenant, controller, u -> normbedragen.create(u, onder8));
        refused(() -> as(tenant, controller, u -> normbedragen.create(u, amount(2016, NormbedragSoort.SO_LAAG, "8000.00"))),
                PassendException.RuleViolation.class, "normbedrag-leeftijdsklasse-gemengd");

        List<Normbedrag> read = as(tenant, directeur, u -> normbedragen.list(u, 2025));
        assertThat(read).hasSize(1);
        refused(() -> as(tenant, directeur, u -> normbedragen.create(u, amount(2027, NormbedragSoort.SBO, "1.00"))),
                PassendException.Forbidden.class, "forbidden");
    }

    @Test
    void loadingThePublishedAmountsAddsWhatIsMissingAndNeverOverrulesTheSwv() throws IOException {
        Tenant tenant = fixtures.tenant();
        Fixtures.TestUser controller = fixtures.user(tenant, Role.CONTROLLER, null);
        String[] first = firstPublishedAmount();
        NormbedragInput own = amount(Integer.parseInt(first[0]), NormbedragSoort.valueOf(first[1]), "1.00");
        own.setLeeftijdsklasse(first[2].isBlank() ? Leeftijdsklasse.ALLE : Leeftijdsklasse.valueOf(first[2]));
        as(tenant, controller, u -> normbedragen.create(u, own));

        NormbedragLading lading = as(tenant, controller, normbedragen::loadPublications);

        assertThat(lading.alAanwezig()).isEqualTo(1);
        assertThat(lading.toegevoegd()).isNotEmpty().allSatisfy(n -> {
            assertThat(n.versie()).isEqualTo(1);
            assertThat(n.bronRegeling()).isNotBlank();
            assertThat(n.bronVindplaats()).isNotBlank();
            assertThat(n.bronDatum()).isNotNull();
        });
        List<Normbedrag> ofThatYear = as(tenant, controller, u -> normbedragen.list(u, own.getJaar()));
        assertThat(ofThatYear).filteredOn(n -> n.soort() == own.getSoort() && n.leeftijdsklasse() == own.getLeeftijdsklasse())
                .singleElement().satisfies(n -> assertThat(n.waarde()).isEqualByComparingTo(BigDecimal.ONE));
        NormbedragLading again = as(tenant, controller, normbedragen::loadPublications);
        assertThat(again.toegevoegd()).isEmpty();
        assertThat(again.alAanwezig()).isEqualTo(lading.toegevoegd().size() + 1);
    }

    /** The first data line of the shipped file: jaar, soort, leeftijdsklasse. */
    private static String[] firstPublishedAmount() throws IOException {
        String csv = new ClassPathResource("finance/normbedragen.csv").getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().skip(1).filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElseThrow()
                .split(";", 4);
    }
}
