package nl.passend.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.passend.shared.security.Role;
import nl.passend.shared.security.ScopeType;

import org.junit.jupiter.api.Test;

class DemoRegionTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private final DemoPlan plan = DemoRegion.build(DemoRegion.SEED, TODAY);

    private DemoPlan.Swv kennemerduin() {
        return plan.swvs().get(0);
    }

    private DemoPlan.Swv zaanoever() {
        return plan.swvs().get(1);
    }

    @Test
    void buildsTwoPoSwvsWithTheirAdministratienummers() {
        assertThat(plan.swvs()).extracting(DemoPlan.Swv::administratienummer).containsExactly("PO2991", "PO2992");
        assertThat(plan.swvs()).allSatisfy(swv -> {
            assertThat(swv.sector()).isEqualTo("PO");
            assertThat(swv.naam()).isNotBlank();
        });
    }

    @Test
    void shapesTheFirstSwvLikeALargeRegion() {
        DemoPlan.Swv swv = kennemerduin();
        assertThat(swv.werkgebieden()).hasSize(8);
        assertThat(swv.besturen()).hasSize(13);
        assertThat(swv.gemeenten()).hasSize(4);
        assertThat(countBySoort(swv)).containsEntry("BAO", 95L).containsEntry("SBO", 3L).containsEntry("SO", 4L);
    }

    @Test
    void shapesTheSecondSwvLikeASmallerRegion() {
        DemoPlan.Swv swv = zaanoever();
        assertThat(swv.werkgebieden()).hasSize(3);
        assertThat(swv.besturen()).hasSize(7);
        assertThat(swv.gemeenten()).hasSize(3);
        assertThat(countBySoort(swv)).containsEntry("BAO", 58L).containsEntry("SBO", 1L).containsEntry("SO", 1L);
        assertThat(swv.scholen()).filteredOn(s -> s.soort().equals("SO"))
                .extracting(DemoPlan.School::cluster).containsExactly(4);
    }

    @Test
    void countsOnSixPastTeldata() {
        assertThat(DemoRegion.teldata(TODAY)).containsExactly(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 2, 1), LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 10, 1));
        LocalDate spring = LocalDate.of(2026, 5, 1);
        assertThat(DemoRegion.teldata(spring)).hasSize(6).allSatisfy(d -> assertThat(d).isBeforeOrEqualTo(spring))
                .last().isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void totalsPerTeldatumMatchTheShape() {
        assertTotals(kennemerduin(), 21_000);
        assertTotals(zaanoever(), 15_000);
    }

    @Test
    void givesEverySchoolOneDuoCountPerTeldatumWithinItsRange() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            Map<UUID, DemoPlan.School> scholen = byId(swv.scholen(), DemoPlan.School::id);
            assertThat(swv.leerlingtellingen()).hasSize(swv.scholen().size() * DemoRegion.TELDATA);
            assertThat(swv.leerlingtellingen().stream().map(t -> t.schoolId() + "@" + t.teldatum()).distinct())
                    .hasSize(swv.leerlingtellingen().size());
            for (DemoPlan.Leerlingtelling telling : swv.leerlingtellingen()) {
                DemoPlan.School school = scholen.get(telling.schoolId());
                assertThat(school).isNotNull();
                assertThat(telling.bron()).isEqualTo("DUO");
                assertThat(telling.status()).isEqualTo(
                        telling.teldatum().equals(LocalDate.of(2026, 10, 1)) ? "VOORLOPIG" : "DEFINITIEF");
                switch (school.soort()) {
                    case "BAO" -> assertThat(telling.aantal()).isBetween(80, 450);
                    case "SBO" -> assertThat(telling.aantal()).isBetween(120, 220);
                    default -> assertThat(telling.aantal()).isBetween(60, 180);
                }
            }
        }
    }

    @Test
    void givesEverySchoolAUniqueValidBrinAndVestiging() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            assertThat(swv.scholen()).allSatisfy(school -> {
                assertThat(school.brin()).matches("^[0-9]{2}[A-Z]{2}$");
                assertThat(school.vestigingsnummer()).isIn("00", "01");
                assertThat(school.naam()).isNotBlank();
                assertThat(school.adres()).isNotBlank();
                assertThat(school.plaats()).isNotBlank();
            });
            assertThat(swv.scholen().stream().map(s -> s.brin() + s.vestigingsnummer()).distinct())
                    .hasSize(swv.scholen().size());
            assertThat(swv.scholen()).filteredOn(s -> s.vestigingsnummer().equals("01")).isNotEmpty()
                    .allSatisfy(dependance -> assertThat(swv.scholen()).anySatisfy(main -> {
                        assertThat(main.brin()).isEqualTo(dependance.brin());
                        assertThat(main.vestigingsnummer()).isEqualTo("00");
                        assertThat(main.bestuurId()).isEqualTo(dependance.bestuurId());
                    }));
        }
    }

    @Test
    void givesOnlySoSchoolsACluster() {
        List<DemoPlan.School> all = plan.swvs().stream().flatMap(swv -> swv.scholen().stream()).toList();
        assertThat(all).filteredOn(s -> s.soort().equals("SO")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.cluster()).isIn(3, 4));
        assertThat(all).filteredOn(s -> !s.soort().equals("SO")).allSatisfy(s -> assertThat(s.cluster()).isNull());
        assertThat(kennemerduin().scholen()).filteredOn(s -> s.soort().equals("SO"))
                .extracting(DemoPlan.School::cluster).contains(3, 4);
    }

    @Test
    void linksEverySchoolToEntitiesOfItsOwnSwvAndUsesEveryOne() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            Set<UUID> besturen = ids(swv.besturen(), DemoPlan.Bestuur::id);
            Set<UUID> werkgebieden = ids(swv.werkgebieden(), DemoPlan.Werkgebied::id);
            Set<UUID> gemeenten = ids(swv.gemeenten(), DemoPlan.Gemeente::id);
            assertThat(swv.scholen()).allSatisfy(s -> {
                assertThat(besturen).contains(s.bestuurId());
                assertThat(werkgebieden).contains(s.werkgebiedId());
                assertThat(gemeenten).contains(s.gemeenteId());
            });
            assertThat(ids(swv.scholen(), DemoPlan.School::bestuurId)).isEqualTo(besturen);
            assertThat(ids(swv.scholen(), DemoPlan.School::werkgebiedId)).isEqualTo(werkgebieden);
            assertThat(ids(swv.scholen(), DemoPlan.School::gemeenteId)).isEqualTo(gemeenten);
        }
    }

    @Test
    void givesEveryBestuurAValidIbanAndGezagnummer() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            assertThat(swv.besturen()).allSatisfy(b -> {
                assertThat(b.bevoegdGezagNummer()).matches("^[0-9]{5}$");
                assertThat(b.iban()).matches("^NL[0-9]{2}[A-Z]{4}[0-9]{10}$");
                assertThat(passesMod97(b.iban())).as(b.iban()).isTrue();
            });
            assertThat(swv.besturen().stream().map(DemoPlan.Bestuur::bevoegdGezagNummer).distinct())
                    .hasSize(swv.besturen().size());
            assertThat(swv.gemeenten()).allSatisfy(g -> assertThat(g.cbsCode()).matches("^[0-9]{4}$"));
        }
        assertThat(passesMod97("NL91ABNA0417164300")).isTrue();
        assertThat(passesMod97("NL92ABNA0417164300")).isFalse();
    }

    @Test
    void createsAllDemoAccountsWithTheirRoles() {
        Map<String, Role> roles = Map.ofEntries(Map.entry("beheer", Role.BEHEERDER),
                Map.entry("directeur", Role.DIRECTEUR), Map.entry("consulent", Role.CONSULENT),
                Map.entry("deskundige", Role.DESKUNDIGE), Map.entry("deskundige2", Role.DESKUNDIGE),
                Map.entry("medewerker", Role.MEDEWERKER), Map.entry("controller", Role.CONTROLLER),
                Map.entry("kwaliteit", Role.KWALITEIT), Map.entry("privacy", Role.PRIVACY),
                Map.entry("steunpunt", Role.STEUNPUNT), Map.entry("ib", Role.IB), Map.entry("ib-sbo", Role.IB),
                Map.entry("bestuur", Role.BESTUUR), Map.entry("ouder", Role.OUDER),
                Map.entry("leerplicht", Role.LEERPLICHT), Map.entry("toezicht", Role.TOEZICHT));
        List<DemoPlan.User> all = new ArrayList<>();
        for (DemoPlan.Swv swv : plan.swvs()) {
            String suffix = swv.administratienummer().equals("PO2991") ? ".nk" : ".zd";
            assertThat(swv.users()).hasSize(16).allSatisfy(user -> {
                assertThat(user.swvId()).isEqualTo(swv.id());
                assertThat(user.username()).endsWith(suffix);
                String name = user.username().substring(0, user.username().length() - suffix.length());
                assertThat(user.role()).as(user.username()).isEqualTo(roles.get(name));
            });
            all.addAll(swv.users());
        }
        all.add(plan.platformUser());
        assertThat(plan.platformUser().username()).isEqualTo("platform");
        assertThat(plan.platformUser().role()).isEqualTo(Role.PLATFORM);
        assertThat(plan.platformUser().swvId()).isNull();
        assertThat(all).hasSize(33).allSatisfy(user -> {
            assertThat(user.username()).matches("^[a-z0-9][a-z0-9._-]{1,62}$");
            assertThat(user.email()).isEqualTo(user.username() + "@demo.passend.invalid");
            assertThat(user.displayName()).isNotBlank();
        });
        assertThat(all.stream().map(DemoPlan.User::username).distinct()).hasSize(33);
    }

    @Test
    void scopesEachAccountToAnExistingEntityOfTheRightKind() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            Map<UUID, DemoPlan.School> scholen = byId(swv.scholen(), DemoPlan.School::id);
            for (DemoPlan.User user : swv.users()) {
                long scopes = Stream.of(user.schoolId(), user.bestuurId(), user.werkgebiedId(), user.gemeenteId())
                        .filter(id -> id != null).count();
                ScopeType scope = user.role().scope();
                assertThat(scopes).as(user.username()).isEqualTo(scope == ScopeType.NONE ? 0 : 1);
                switch (scope) {
                    case SCHOOL -> assertThat(scholen).containsKey(user.schoolId());
                    case BESTUUR -> assertThat(user.bestuurId()).isEqualTo(swv.besturen().get(0).id());
                    case WERKGEBIED -> assertThat(user.werkgebiedId()).isEqualTo(swv.werkgebieden().get(0).id());
                    case GEMEENTE -> assertThat(user.gemeenteId()).isEqualTo(swv.gemeenten().get(0).id());
                    case NONE -> { }
                }
            }
            assertThat(scholen.get(user(swv, "ib").schoolId()).soort()).isEqualTo("BAO");
            assertThat(scholen.get(user(swv, "ib-sbo").schoolId()).soort()).isEqualTo("SBO");
        }
    }

    @Test
    void placesTheIbSchoolInTheConsulentsWerkgebiedAndTheBestuurUsersBoard() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            DemoPlan.School school = byId(swv.scholen(), DemoPlan.School::id).get(user(swv, "ib").schoolId());
            assertThat(school.werkgebiedId()).isEqualTo(user(swv, "consulent").werkgebiedId());
            assertThat(school.bestuurId()).isEqualTo(user(swv, "bestuur").bestuurId());
            assertThat(school.gemeenteId()).isEqualTo(user(swv, "leerplicht").gemeenteId());
        }
    }

    @Test
    void usesEveryIdOnce() {
        List<UUID> ids = new ArrayList<>();
        for (DemoPlan.Swv swv : plan.swvs()) {
            ids.add(swv.id());
            swv.werkgebieden().forEach(x -> ids.add(x.id()));
            swv.gemeenten().forEach(x -> ids.add(x.id()));
            swv.besturen().forEach(x -> ids.add(x.id()));
            swv.scholen().forEach(x -> ids.add(x.id()));
            swv.leerlingtellingen().forEach(x -> ids.add(x.id()));
            swv.users().forEach(x -> ids.add(x.id()));
        }
        ids.add(plan.platformUser().id());
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void buildsTheSamePlanEveryTime() {
        assertThat(DemoRegion.build(DemoRegion.SEED, TODAY)).isEqualTo(plan);
        assertThat(DemoRegion.build(DemoRegion.SEED + 1, TODAY)).isNotEqualTo(plan);
    }

    private static Map<String, Long> countBySoort(DemoPlan.Swv swv) {
        return swv.scholen().stream().collect(Collectors.groupingBy(DemoPlan.School::soort, Collectors.counting()));
    }

    private static void assertTotals(DemoPlan.Swv swv, int expected) {
        Map<LocalDate, Integer> totals = swv.leerlingtellingen().stream().collect(Collectors.groupingBy(
                DemoPlan.Leerlingtelling::teldatum, Collectors.summingInt(DemoPlan.Leerlingtelling::aantal)));
        assertThat(totals).hasSize(6);
        assertThat(totals.values()).allSatisfy(total -> assertThat((double) total).isCloseTo(expected,
                within(expected * 0.05)));
    }

    private static DemoPlan.User user(DemoPlan.Swv swv, String name) {
        return swv.users().stream().filter(u -> u.username().startsWith(name + ".")).findFirst().orElseThrow();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static <T> Set<UUID> ids(List<T> items, Function<T, UUID> id) {
        return items.stream().map(id).collect(Collectors.toSet());
    }

    /** ISO 13616: move the first four characters to the end, letters to numbers, the remainder mod 97 is 1. */
    private static boolean passesMod97(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        rearranged.chars().forEach(c -> digits.append(Character.getNumericValue(c)));
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
