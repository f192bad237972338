package nl.passend.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class DemoCaseSchoolsTests {

    private final DemoPlan plan = DemoRegion.build(DemoRegion.SEED, LocalDate.of(2026, 11, 22));

    @Test
    void placesCasesNearTheIbAndTheConsulentAndElsewhere() {
        for (DemoPlan.Swv swv : plan.swvs()) {
            Map<UUID, DemoPlan.School> scholen = swv.scholen().stream()
                    .collect(Collectors.toMap(DemoPlan.School::id, Function.identity()));
            UUID werkgebied = DemoUsers.signedIn(swv, "consulent").grants().get(0).scopeId();
            UUID ib = DemoUsers.signedIn(swv, "ib").grants().get(0).scopeId();
            UUID sbo = DemoUsers.signedIn(swv, "ib-sbo").grants().get(0).scopeId();

            DemoCaseSchools s = DemoCaseSchools.of(swv, ib, sbo, werkgebied);

            assertThat(scholen.get(s.ib()).werkgebiedId()).isEqualTo(werkgebied);
            assertThat(scholen.get(s.sbo()).soort()).isEqualTo("SBO");
            assertThat(scholen.get(s.so3()).soort()).isEqualTo("SO");
            assertThat(scholen.get(s.so4()).cluster()).isEqualTo(4);
            for (int i = 0; i < 5; i++) {
                assertThat(scholen.get(s.near(i)).werkgebiedId()).isEqualTo(werkgebied);
                assertThat(s.near(i)).isNotEqualTo(ib);
                assertThat(scholen.get(s.far(i)).werkgebiedId()).isNotEqualTo(werkgebied);
                assertThat(scholen.get(s.far(i)).soort()).isEqualTo("BAO");
            }
            assertThat(s.spread()).hasSize(DemoCaseSchools.SPREAD + 1).first().isEqualTo(ib);
            assertThat(s.spread()).allSatisfy(id -> assertThat(scholen.get(id).soort()).isEqualTo("BAO"));
        }
    }

    @Test
    void takesAClusterThreeSchoolWhereTheSwvHasOne() {
        DemoPlan.Swv kennemerduin = plan.swvs().get(0);
        DemoCaseSchools s = DemoCaseSchools.of(kennemerduin, DemoUsers.signedIn(kennemerduin, "ib").grants().get(0)
                .scopeId(), null, kennemerduin.werkgebieden().get(0).id());
        assertThat(kennemerduin.scholen()).filteredOn(x -> x.id().equals(s.so3()))
                .singleElement().satisfies(x -> assertThat(x.cluster()).isEqualTo(3));
    }
}
