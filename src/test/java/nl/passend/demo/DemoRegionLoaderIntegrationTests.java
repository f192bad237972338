package nl.passend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.passend.PassendApplication;
import nl.passend.arrangement.Arrangement;
import nl.passend.arrangement.ArrangementFilter;
import nl.passend.arrangement.ArrangementService;
import nl.passend.arrangement.Factuur;
import nl.passend.arrangement.FactuurService;
import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsaanvraagStatus;
import nl.passend.arrangement.VerrekeningService;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.Ouder;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.RealisatieService;
import nl.passend.finance.ReserveRapport;
import nl.passend.finance.ReserveService;
import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelStatus;
import nl.passend.shared.TenantContext;
import nl.passend.shared.security.CurrentUser;
import nl.passend.support.Api;
import nl.passend.tlv.AdviesService;
import nl.passend.tlv.Bekostigingscategorie;
import nl.passend.tlv.Tlv;
import nl.passend.tlv.TlvAanvraag;
import nl.passend.tlv.TlvAanvraagService;
import nl.passend.tlv.TlvAanvraagStatus;
import nl.passend.tlv.TlvFilter;
import nl.passend.tlv.TlvRegister;
import nl.passend.tlv.TlvType;
import nl.passend.werkvoorraad.WorklistItem;
import nl.passend.werkvoorraad.WorklistService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The demo loader writes a region the application can use, with pupils and TLV cases in every state and
 * a year of finances, and a second run adds nothing. Runs in its own application with its own database:
 * no other test sees demo data. Staff must use two-factor login over the API in the test profile, so staff
 * views are read through the services as the demo accounts; the IB and the ouder use the API.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoRegionLoaderIntegrationTests {

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private Api api;
    private DemoPlan plan;

    @BeforeAll
    void startWithDemo() {
        app = new SpringApplicationBuilder(PassendApplication.class).profiles("test")
                .run("--passend.embedded-db.data-dir=" + dataDir.resolve("postgres"), "--server.port=0",
                        "--passend.demo.enabled=true");
        api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
        plan = DemoRegion.build(DemoRegion.SEED, LocalDate.now(app.getBean(Clock.class)));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void loadsAUsableRegion() {
        String ib = token("ib.nk");
        JsonNode scholen = api.get("/api/v1/scholen", ib).body();
        JsonNode me = api.get("/api/v1/me", ib).body();
        JsonNode sbo = api.get("/api/v1/scholen?soort=SBO", ib).body();
        String teldatum = api.get("/api/v1/leerlingtellingen", ib).body().get(0).get("teldatum").asString();
        int pupils = 0;
        for (JsonNode telling : api.get("/api/v1/leerlingtellingen?teldatum=" + teldatum, ib).body()) {
            pupils += telling.get("aantal").asInt();
        }

        assertThat(scholen.size()).isEqualTo(102);
        assertThat(sbo.size()).isEqualTo(3);
        assertThat(me.get("tenant").get("administratienummer").asString()).isEqualTo("PO2991");
        assertThat(me.get("roles").get(0).get("role").asString()).isEqualTo("IB");
        assertThat(pupils).isBetween(19_950, 22_050);
        assertThat(api.requestToken("ib.zd", "passend-demo", null).status()).isEqualTo(201);
    }

    @Test
    void holdsTlvRequestsInEveryStateInBothSwvs() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            Map<TlvAanvraagStatus, Long> byStatus = all(swv).stream()
                    .collect(Collectors.groupingBy(TlvAanvraag::status, Collectors.counting()));

            assertThat(byStatus).containsOnlyKeys(TlvAanvraagStatus.values());
            assertThat(byStatus.get(TlvAanvraagStatus.INGEDIEND)).isGreaterThanOrEqualTo(2);
            assertThat(byStatus.get(TlvAanvraagStatus.BESLOTEN)).isGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void hasRequestsInTheAdviceRoundWithNoAndWithOneAdvice() {
        DemoPlan.Swv swv = plan.swvs().get(0);
        CurrentUser directeur = DemoUsers.signedIn(swv, "directeur");
        AdviesService adviezen = app.getBean(AdviesService.class);
        List<Integer> advices = as(swv, () -> all(swv).stream()
                .filter(a -> a.status() == TlvAanvraagStatus.IN_ADVIES)
                .map(a -> adviezen.list(directeur, a.id()).size()).toList());

        assertThat(advices).containsExactlyInAnyOrder(0, 1);
    }

    @Test
    void grantsTlvsOfBothTypesEverySoCategoryAndATemporaryPlacement() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            List<Tlv> tlvs = register(swv);

            assertThat(tlvs).extracting(Tlv::type).contains(TlvType.SO, TlvType.SBO);
            assertThat(tlvs).filteredOn(t -> t.type() == TlvType.SBO).hasSizeGreaterThanOrEqualTo(4);
            assertThat(tlvs).filteredOn(t -> t.type() == TlvType.SO).extracting(Tlv::categorie)
                    .contains(Bekostigingscategorie.values());
            assertThat(tlvs).filteredOn(Tlv::tijdelijk).singleElement()
                    .satisfies(t -> assertThat(t.einddatum()).isBetween(t.ingangsdatum().plusWeeks(10).minusDays(1),
                            t.ingangsdatum().plusWeeks(20).minusDays(1)));
            assertThat(tlvs).filteredOn(t -> t.verlengingAanvraagId() != null).hasSize(1);
            assertThat(tlvs).filteredOn(t -> t.terugplaatsingId() != null).hasSize(1);
        }
    }

    @Test
    void showsTheOuderExactlyTheirChildsCaseWithItsLetter() {
        String ouder = token("ouder.nk");
        JsonNode cases = api.get("/api/v1/tlv-aanvragen", ouder).body();
        assertThat(cases.size()).isEqualTo(1);
        JsonNode aanvraag = cases.get(0);
        assertThat(aanvraag.get("status").asString()).isEqualTo("BESLOTEN");
        DemoPlan.Swv swv = plan.swvs().get(0);
        Leerling child = as(swv, () -> app.getBean(LeerlingService.class).find(DemoUsers.signedIn(swv, "directeur"),
                UUID.fromString(aanvraag.get("leerlingId").asString())));
        assertThat(child.ouders()).extracting(Ouder::accountId).contains(DemoUsers.signedIn(swv, "ouder").accountId());

        JsonNode besluiten = api.get("/api/v1/tlv-aanvragen/" + aanvraag.get("id").asString() + "/besluiten", ouder)
                .body();
        Api.Response letter = api.get("/api/v1/tlv-besluiten/" + besluiten.get(0).get("id").asString()
                + "/beschikking", ouder);

        assertThat(letter.status()).isEqualTo(200);
        assertThat(letter.contentType()).startsWith("application/pdf");
        assertThat(letter.raw()).startsWith("%PDF");
    }

    @Test
    void signalsAnExpiringTlvForHerbeoordelingToTheConsulentAndTheSboIb() {
        DemoPlan.Swv swv = plan.swvs().get(0);
        WorklistService worklists = app.getBean(WorklistService.class);
        for (String account : List.of("consulent", "ib-sbo")) {
            List<WorklistItem> items = as(swv, () -> worklists.worklist(DemoUsers.signedIn(swv, account)));
            assertThat(items).extracting(WorklistItem::soort).as(account).contains("TLV_HERBEOORDELING");
        }
    }

    @Test
    void holdsAnAdoptedModelABudgetAYearOfActualsAndAReserveCheckInBothSwvs() {
        int jaar = LocalDate.now(app.getBean(Clock.class)).getYear();
        List<Boolean> bovenmatig = new java.util.ArrayList<>();
        for (DemoPlan.Swv swv : plan.swvs()) {
            CurrentUser controller = DemoUsers.signedIn(swv, "controller");
            List<Verdeelmodel> modellen = as(swv, () -> app.getBean(VerdeelmodelService.class).list(controller, jaar));
            Set<YearMonth> geboekt = new java.util.HashSet<>();
            for (int y : List.of(jaar - 1, jaar)) {
                as(swv, () -> app.getBean(RealisatieService.class).boekingen(controller, y)).forEach(b ->
                        geboekt.add(YearMonth.of(b.jaar(), b.maand())));
            }
            ReserveRapport reserve = as(swv, () -> app.getBean(ReserveService.class).toets(controller, jaar - 1));

            assertThat(modellen).extracting(Verdeelmodel::status).contains(VerdeelmodelStatus.VASTGESTELD);
            assertThat(as(swv, () -> app.getBean(BegrotingService.class).jaarbegroting(controller, jaar))).isPresent();
            assertThat(geboekt).hasSizeGreaterThanOrEqualTo(12);
            assertThat(reserve.totaleBaten()).isPositive();
            bovenmatig.add(reserve.oordeel().bovenmatig() && !reserve.bestedingsplanOntbreekt());
        }
        assertThat(bovenmatig).containsExactly(true, false);
    }

    @Test
    void holdsAanvragenInManyStatesArrangementsAndAYearOfMonthlySettlementsInBothSwvs() {
        YearMonth maand = YearMonth.now(app.getBean(Clock.class));
        for (DemoPlan.Swv swv : plan.swvs()) {
            CurrentUser directeur = DemoUsers.signedIn(swv, "directeur");
            CurrentUser controller = DemoUsers.signedIn(swv, "controller");
            Set<OndersteuningsaanvraagStatus> states = as(swv, () -> app.getBean(OndersteuningsaanvraagService.class)
                    .list(directeur, null, null)).stream().map(Ondersteuningsaanvraag::status)
                    .collect(Collectors.toSet());
            List<Arrangement> arrangementen = as(swv, () -> app.getBean(ArrangementService.class)
                    .list(directeur, ArrangementFilter.all()));
            UUID bestuur = swv.besturen().get(0).id();
            VerrekeningService verrekeningen = app.getBean(VerrekeningService.class);
            List<YearMonth> vastgesteld = java.util.stream.IntStream.rangeClosed(1, 12)
                    .mapToObj(maand::minusMonths)
                    .filter(m -> as(swv, () -> verrekeningen.isVastgesteld(controller, bestuur, m))).toList();
            List<Factuur> signalen = as(swv, () -> app.getBean(FactuurService.class).list(controller, null, true));

            assertThat(states).contains(OndersteuningsaanvraagStatus.CONCEPT, OndersteuningsaanvraagStatus.INGEDIEND,
                    OndersteuningsaanvraagStatus.IN_BEHANDELING, OndersteuningsaanvraagStatus.INFORMATIE_GEVRAAGD,
                    OndersteuningsaanvraagStatus.MDO, OndersteuningsaanvraagStatus.BESLOTEN,
                    OndersteuningsaanvraagStatus.LOPEND, OndersteuningsaanvraagStatus.GEEVALUEERD,
                    OndersteuningsaanvraagStatus.AFGESLOTEN);
            assertThat(arrangementen.stream().map(Arrangement::werkgebiedId).filter(java.util.Objects::nonNull)
                    .distinct().count()).as("werkgebieden").isGreaterThanOrEqualTo(2);
            assertThat(arrangementen).extracting(Arrangement::start).anyMatch(d -> !d.isAfter(maand.minusMonths(12)
                    .atDay(1)));
            assertThat(vastgesteld).hasSize(12);
            assertThat(signalen).hasSize(1);
        }
    }

    @Test
    void addsNothingWhenLoadedAgain() throws Exception {
        Function<DemoPlan.Swv, Integer> requests = swv -> all(swv).size();
        List<Integer> before = plan.swvs().stream().map(requests).toList();
        int tlvs = register(plan.swvs().get(0)).size();

        app.getBean(DemoRegionLoader.class).run(null);

        assertThat(plan.swvs().stream().map(requests).toList()).isEqualTo(before);
        assertThat(register(plan.swvs().get(0))).hasSize(tlvs);
        assertThat(api.get("/api/v1/scholen", token("ib.nk")).body().size()).isEqualTo(102);
    }

    private List<TlvAanvraag> all(DemoPlan.Swv swv) {
        return as(swv, () -> app.getBean(TlvAanvraagService.class)
                .list(DemoUsers.signedIn(swv, "directeur"), null, null));
    }

    private List<Tlv> register(DemoPlan.Swv swv) {
        return as(swv, () -> app.getBean(TlvRegister.class)
                .list(DemoUsers.signedIn(swv, "directeur"), TlvFilter.none()));
    }

    private static <T> T as(DemoPlan.Swv swv, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(swv.id(), work);
    }

    private String token(String username) {
        return api.requestToken(username, "passend-demo", null).body().get("token").asString();
    }
}
