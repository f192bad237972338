package nl.passend.demo;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The schools of one demo SWV and their pupil counts. The first regular school lies in the first
 * werkgebied and belongs to the first bestuur, so the scoped demo users ({@link DemoUsers}) overlap.
 * Sizes are scaled so that the SWV's total matches its shape, then drift a little per teldatum.
 */
final class DemoSchools {

    private static final int BAO_MIN = 80;
    private static final int BAO_MAX = 450;
    private static final int SBO_MIN = 120;
    private static final int SBO_MAX = 220;
    private static final int SO_MIN = 60;
    private static final int SO_MAX = 180;
    /** Share of regular schools that are a second vestiging (01) of another school. */
    private static final double DEPENDANCE_SHARE = 0.07;

    private final DemoShape shape;
    private final Random random;
    private final Supplier<UUID> ids;
    private final Supplier<String> brins;
    private final List<DemoPlan.School> scholen = new ArrayList<>();
    private final List<Double> sizes = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    DemoSchools(DemoShape shape, Random random, Supplier<UUID> ids, Supplier<String> brins) {
        this.shape = shape;
        this.random = random;
        this.ids = ids;
        this.brins = brins;
    }

    List<DemoPlan.School> scholen(List<DemoPlan.Werkgebied> werkgebieden, List<DemoPlan.Gemeente> gemeenten,
            List<DemoPlan.Bestuur> besturen) {
        List<Integer> regular = new ArrayList<>();
        int special = -1;
        for (int i = 0; i < shape.besturen().size(); i++) {
            if (shape.besturen().get(i).weight() > 0) {
                regular.add(i);
            } else {
                special = i;
            }
        }
        List<String> baoNames = new ArrayList<>(DemoNames.BAO);
        Collections.shuffle(baoNames, random);
        List<DemoPlan.School> withoutDependance = new ArrayList<>();
        int werkgebiedCount = werkgebieden.size();
        for (int i = 0; i < shape.bao(); i++) {
            // The first schools cover every werkgebied and every board once; only then may a school
            // be a dependance, which shares its main school's BRIN, board and werkgebied.
            if (i >= Math.max(regular.size(), werkgebiedCount) && !withoutDependance.isEmpty()
                    && random.nextDouble() < DEPENDANCE_SHARE) {
                DemoPlan.School main = withoutDependance.remove(random.nextInt(withoutDependance.size()));
                add(main.brin(), "01", main.naam() + ", locatie " + street(), "BAO", null, main.bestuurId(),
                        main.werkgebiedId(), main.gemeenteId(), main.plaats(), BAO_MIN + 70 * random.nextDouble());
                continue;
            }
            int werkgebied = i < werkgebiedCount ? i : weighted(shape.werkgebieden().stream()
                    .mapToInt(DemoShape.WerkgebiedShape::weight).toArray());
            int bestuur = regular.get(i < regular.size() ? i
                    : weighted(regular.stream().mapToInt(b -> shape.besturen().get(b).weight()).toArray()));
            List<DemoShape.Kern> kernen = shape.werkgebieden().get(werkgebied).kernen();
            DemoShape.Kern kern = kernen.get(random.nextInt(kernen.size()));
            String prefix = shape.besturen().get(bestuur).prefix();
            String naam = uniqueName(prefix, baoNames.get(i % baoNames.size()), kern);
            withoutDependance.add(add(brins.get(), "00", naam, "BAO", null, besturen.get(bestuur).id(),
                    werkgebieden.get(werkgebied).id(), gemeenten.get(kern.gemeente()).id(), kern.plaats(),
                    BAO_MIN + (BAO_MAX - BAO_MIN) * Math.pow(random.nextDouble(), 1.4)));
        }
        for (int i = 0; i < shape.sbo(); i++) {
            // The largest boards run the SBO schools, as is usual in PO.
            DemoPlan.Bestuur bestuur = besturen.get(regular.get(i % regular.size()));
            special(i, shape.sbo(), "SBO", null, DemoNames.SBO.get(i), bestuur, werkgebieden, gemeenten,
                    SBO_MIN + 100 * random.nextDouble());
        }
        List<Integer> clusters = shape.soClusters();
        for (int i = 0; i < clusters.size(); i++) {
            List<String> soNames = clusters.get(i) == 3 ? DemoNames.SO_CLUSTER_3 : DemoNames.SO_CLUSTER_4;
            special(i, clusters.size(), "SO", clusters.get(i), soNames.get(i / 2 % soNames.size()),
                    besturen.get(special), werkgebieden, gemeenten, SO_MIN + 120 * random.nextDouble());
        }
        scaleToPupils();
        return List.copyOf(scholen);
    }

    /**
     * Pupils per school per teldatum: the school's size with a small random walk and, in BAO, a few
     * more pupils in February than in October, because four-year-olds join all year round.
     */
    List<DemoPlan.Leerlingtelling> leerlingtellingen(List<LocalDate> teldata) {
        List<DemoPlan.Leerlingtelling> tellingen = new ArrayList<>();
        for (int s = 0; s < scholen.size(); s++) {
            DemoPlan.School school = scholen.get(s);
            double trend = random.nextGaussian() * 0.01;
            double walk = random.nextGaussian() * 0.02;
            for (int t = 0; t < teldata.size(); t++) {
                LocalDate teldatum = teldata.get(t);
                double season = !school.soort().equals("BAO") ? 0
                        : teldatum.getMonth() == Month.FEBRUARY ? 0.015 : -0.015;
                int aantal = clamp(school.soort(), (int) Math.round(sizes.get(s) * (1 + walk + season)));
                String status = t == teldata.size() - 1 ? "VOORLOPIG" : "DEFINITIEF";
                tellingen.add(
                        new DemoPlan.Leerlingtelling(ids.get(), school.id(), teldatum, aantal, "DUO", status));
                walk += trend + random.nextGaussian() * 0.015;
            }
        }
        return tellingen;
    }

    /** An S(B)O school; they are spread over the werkgebieden, the first in the first. */
    private void special(int index, int count, String soort, Integer cluster, String name,
            DemoPlan.Bestuur bestuur, List<DemoPlan.Werkgebied> werkgebieden, List<DemoPlan.Gemeente> gemeenten,
            double size) {
        int werkgebied = index * werkgebieden.size() / count;
        List<DemoShape.Kern> kernen = shape.werkgebieden().get(werkgebied).kernen();
        DemoShape.Kern kern = kernen.get(0);
        add(brins.get(), "00", uniqueName(soort, name, kern), soort, cluster, bestuur.id(),
                werkgebieden.get(werkgebied).id(), gemeenten.get(kern.gemeente()).id(), kern.plaats(), size);
    }

    private DemoPlan.School add(String brin, String vestiging, String naam, String soort, Integer cluster,
            UUID bestuur, UUID werkgebied, UUID gemeente, String plaats, double size) {
        DemoPlan.School school = new DemoPlan.School(ids.get(), brin, vestiging, naam, soort, cluster, bestuur,
                werkgebied, gemeente, street() + " " + (1 + random.nextInt(180)), plaats);
        scholen.add(school);
        sizes.add(size);
        return school;
    }

    /** Regular schools are rescaled so the SWV's total matches its shape; clamping needs a few rounds. */
    private void scaleToPupils() {
        for (int round = 0; round < 5; round++) {
            double specials = 0;
            double regular = 0;
            for (int i = 0; i < scholen.size(); i++) {
                if (scholen.get(i).soort().equals("BAO")) {
                    regular += sizes.get(i);
                } else {
                    specials += sizes.get(i);
                }
            }
            double factor = (shape.pupils() - specials) / regular;
            for (int i = 0; i < scholen.size(); i++) {
                if (scholen.get(i).soort().equals("BAO")) {
                    sizes.set(i, Math.min(BAO_MAX, Math.max(BAO_MIN, sizes.get(i) * factor)));
                }
            }
        }
    }

    private static int clamp(String soort, int aantal) {
        return switch (soort) {
            case "BAO" -> Math.min(BAO_MAX, Math.max(BAO_MIN, aantal));
            case "SBO" -> Math.min(SBO_MAX, Math.max(SBO_MIN, aantal));
            default -> Math.min(SO_MAX, Math.max(SO_MIN, aantal));
        };
    }

    private String uniqueName(String prefix, String name, DemoShape.Kern kern) {
        String naam = prefix + " " + name;
        if (!names.add(naam)) {
            naam = naam + " " + kern.plaats();
            for (int n = 2; !names.add(naam); n++) {
                naam = prefix + " " + name + " " + kern.plaats() + " " + n;
            }
        }
        return naam;
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("No weights");
    }

    private String street() {
        return DemoNames.STREETS.get(random.nextInt(DemoNames.STREETS.size()));
    }
}
