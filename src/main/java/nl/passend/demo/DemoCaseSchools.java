package nl.passend.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The schools of one demo SWV that the demo cases use: the IB's school, the SBO school of the SBO IB,
 * an SO school of cluster 3 and one of cluster 4 (the same school when the SWV has one SO school), the
 * other regular schools in the consulent's werkgebied ({@code nearby}, so the consulent follows those
 * cases) and regular schools elsewhere ({@code elsewhere}).
 */
record DemoCaseSchools(UUID ib, UUID sbo, UUID so3, UUID so4, List<UUID> nearby, List<UUID> elsewhere) {

    /** How many regular schools the pupils without a case are spread over, besides the IB's school. */
    static final int SPREAD = 9;

    static DemoCaseSchools of(DemoPlan.Swv swv, UUID ibSchool, UUID sboSchool, UUID werkgebiedId) {
        List<DemoPlan.School> bao = swv.scholen().stream().filter(s -> s.soort().equals("BAO")).toList();
        List<DemoPlan.School> so = swv.scholen().stream().filter(s -> s.soort().equals("SO")).toList();
        List<UUID> nearby = bao.stream().filter(s -> s.werkgebiedId().equals(werkgebiedId) && !s.id().equals(ibSchool))
                .map(DemoPlan.School::id).toList();
        List<UUID> elsewhere = bao.stream().filter(s -> !s.werkgebiedId().equals(werkgebiedId))
                .map(DemoPlan.School::id).toList();
        return new DemoCaseSchools(ibSchool, sboSchool, cluster(so, 3), cluster(so, 4), nearby, elsewhere);
    }

    /** The {@code i}-th school near the IB's school. */
    UUID near(int i) {
        return nearby.get(i % nearby.size());
    }

    /** The {@code i}-th school elsewhere, taken far apart so the cases spread over the region. */
    UUID far(int i) {
        return elsewhere.get(i * 7 % elsewhere.size());
    }

    /** The IB's school and {@value #SPREAD} other regular schools, near and far. */
    List<UUID> spread() {
        List<UUID> schools = new ArrayList<>(List.of(ib));
        for (int i = 0; schools.size() <= SPREAD; i++) {
            schools.add(i % 3 == 0 ? near(i + 4) : far(i + 5));
        }
        return List.copyOf(schools);
    }

    private static UUID cluster(List<DemoPlan.School> so, int cluster) {
        return so.stream().filter(s -> Objects.equals(s.cluster(), cluster)).findFirst().orElse(so.get(0)).id();
    }
}
