package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.shared.PassendException;

/**
 * Applies a verdeelmodel's components, in their order, to the available amount (the netto ontvangst).
 * Pure. Every pro rata split uses {@link LargestRemainder}, so the parts of a component add up exactly
 * to its total. Percentages are of the available amount (never of a negative one); their sum may not
 * exceed 100. Fixed totals that exceed the available amount are allowed: the rest is negative and the
 * outcome is flagged {@code tekort} (a warning, not an error).
 */
public final class VerdeelCalculator {

    public static final BigDecimal HONDERD = BigDecimal.valueOf(100);

    private VerdeelCalculator() {
    }

    public static Verdeling verdeel(BigDecimal beschikbaar, List<ModelComponent> componenten,
            List<SchoolTelling> scholen) {
        BigDecimal b = Cents.of(beschikbaar);
        BigDecimal grondslag = b.signum() < 0 ? Cents.zero() : b;
        valideer(componenten, scholen);
        Grondslag basis = Grondslag.van(scholen);
        List<ComponentUitkomst> uitkomsten = new ArrayList<>();
        BigDecimal totaal = Cents.zero();
        for (ModelComponent c : componenten.stream().sorted(Comparator.comparingInt(ModelComponent::volgorde)).toList()) {
            ComponentUitkomst uitkomst = uitkomst(c, grondslag, basis);
            uitkomsten.add(uitkomst);
            totaal = totaal.add(uitkomst.totaal());
        }
        BigDecimal rest = b.subtract(totaal);
        return new Verdeling(b, uitkomsten, totaal, rest, rest.signum() < 0);
    }

    /** Refuses components that are not well formed and percentages summing over 100. */
    public static void valideer(List<ModelComponent> componenten, List<SchoolTelling> scholen) {
        BigDecimal som = BigDecimal.ZERO;
        for (ModelComponent c : componenten) {
            boolean ongeldig = c.soort() == null || c.post() == null
                    || (c.bedrag() == null) == (c.percentage() == null)
                    || (c.bedrag() != null && c.bedrag().signum() < 0)
                    || (c.percentage() != null && (c.percentage().signum() <= 0 || c.percentage().compareTo(HONDERD) > 0))
                    || (c.frictiePercentage() != null && (c.soort() != ComponentSoort.WERKGEBIEDBUDGET
                            || c.frictiePercentage().signum() < 0 || c.frictiePercentage().compareTo(HONDERD) >= 0))
                    || (c.soort() == ComponentSoort.GROEIREGELING && c.bedrag() != null
                            && (c.verwachtAantal() == null || c.verwachtAantal() < 0));
            if (ongeldig) {
                throw new PassendException.RuleViolation("verdeelmodel-component-ongeldig", c.naam());
            }
            if (c.percentage() != null) {
                som = som.add(c.percentage());
            }
        }
        if (som.compareTo(HONDERD) > 0) {
            throw new PassendException.RuleViolation("verdeelmodel-aandeel-boven-100", som.stripTrailingZeros().toPlainString());
        }
        for (SchoolTelling s : scholen) {
            if (s.aantal() < 0) {
                throw new PassendException.RuleViolation("schooltelling-negatief");
            }
        }
    }

    /**
     * The total of a component before it is split: a percentage of the (non-negative) available amount, or
     * the amount per school x BAO schools (VASTE_VOET), per pupil x BAO pupils (PER_LEERLING), per growth pupil
     * x expected count (GROEIREGELING), or the fixed total (WERKGEBIEDBUDGET, CENTRALE_POST).
     */
    static BigDecimal totaal(ModelComponent c, BigDecimal grondslag, long scholen, BigDecimal leerlingen) {
        if (c.percentage() != null) {
            return Cents.percentOf(c.percentage(), grondslag);
        }
        BigDecimal bedrag = Cents.of(c.bedrag());
        return switch (c.soort()) {
            case VASTE_VOET -> Cents.times(bedrag, scholen);
            case PER_LEERLING -> Cents.of(bedrag.multiply(leerlingen));
            case GROEIREGELING -> Cents.times(bedrag, c.verwachtAantal());
            case WERKGEBIEDBUDGET, CENTRALE_POST -> bedrag;
        };
    }

    private static ComponentUitkomst uitkomst(ModelComponent c, BigDecimal grondslag, Grondslag basis) {
        BigDecimal totaal = totaal(c, grondslag, basis.scholen(), BigDecimal.valueOf(basis.leerlingen()));
        List<Toedeling> toedelingen = new ArrayList<>();
        switch (c.soort()) {
            case VASTE_VOET -> {
                if (c.bedrag() != null) {
                    basis.scholenPerBestuur().forEach((bestuur, n) -> toedelingen.add(new Toedeling(
                            OntvangerSoort.BESTUUR, bestuur, Cents.times(Cents.of(c.bedrag()), n), BigDecimal.valueOf(n))));
                } else {
                    verdeel(c, totaal, OntvangerSoort.BESTUUR, basis.scholenPerBestuur(), toedelingen);
                }
            }
            case PER_LEERLING -> {
                if (c.bedrag() != null) {
                    basis.leerlingenPerBestuur().forEach((bestuur, n) -> toedelingen.add(new Toedeling(
                            OntvangerSoort.BESTUUR, bestuur, Cents.times(Cents.of(c.bedrag()), n), BigDecimal.valueOf(n))));
                } else {
                    verdeel(c, totaal, OntvangerSoort.BESTUUR, basis.leerlingenPerBestuur(), toedelingen);
                }
            }
            case WERKGEBIEDBUDGET -> {
                BigDecimal frictie = Cents.zero();
                if (c.frictiePercentage() != null) {
                    frictie = Cents.percentOf(c.frictiePercentage(), totaal);
                    toedelingen.add(new Toedeling(OntvangerSoort.FRICTIERESERVE, null, frictie, c.frictiePercentage()));
                }
                verdeel(c, totaal.subtract(frictie), OntvangerSoort.WERKGEBIED, basis.leerlingenPerWerkgebied(),
                        toedelingen);
            }
            case CENTRALE_POST -> toedelingen.add(new Toedeling(OntvangerSoort.CENTRAAL, null, totaal, c.percentage()));
            case GROEIREGELING -> toedelingen.add(new Toedeling(OntvangerSoort.CENTRAAL, null, totaal,
                    c.percentage() != null ? c.percentage()
                            : BigDecimal.valueOf(c.verwachtAantal())));
        }
        return new ComponentUitkomst(c, totaal, toedelingen);
    }

    /** Splits {@code bedrag} over receivers pro rata their base with largest remainder. */
    private static void verdeel(ModelComponent c, BigDecimal bedrag, OntvangerSoort soort, Map<UUID, Long> basis,
            List<Toedeling> toedelingen) {
        long som = basis.values().stream().mapToLong(Long::longValue).sum();
        if (som == 0) {
            if (bedrag.signum() != 0) {
                throw new PassendException.RuleViolation("verdeelmodel-geen-grondslag", c.naam());
            }
            basis.forEach((id, n) -> toedelingen.add(new Toedeling(soort, id, Cents.zero(), BigDecimal.ZERO)));
            return;
        }
        Map<UUID, BigDecimal> gewichten = new LinkedHashMap<>();
        basis.forEach((id, n) -> gewichten.put(id, BigDecimal.valueOf(n)));
        LargestRemainder.distribute(bedrag, gewichten).forEach((id, deel) -> toedelingen.add(
                new Toedeling(soort, id, deel, gewichten.get(id))));
    }

    /** The BAO schools and pupils per bestuur and werkgebied, in order of first appearance. */
    record Grondslag(long scholen, long leerlingen, Map<UUID, Long> scholenPerBestuur,
            Map<UUID, Long> leerlingenPerBestuur, Map<UUID, Long> leerlingenPerWerkgebied) {

        static Grondslag van(List<SchoolTelling> scholen) {
            long n = 0;
            long leerlingen = 0;
            Map<UUID, Long> scholenPerBestuur = new LinkedHashMap<>();
            Map<UUID, Long> leerlingenPerBestuur = new LinkedHashMap<>();
            Map<UUID, Long> leerlingenPerWerkgebied = new LinkedHashMap<>();
            for (SchoolTelling s : scholen) {
                if (!s.regulier()) {
                    continue;
                }
                n++;
                leerlingen += s.aantal();
                scholenPerBestuur.merge(s.bestuurId(), 1L, Long::sum);
                leerlingenPerBestuur.merge(s.bestuurId(), (long) s.aantal(), Long::sum);
                if (s.werkgebiedId() != null) {
                    leerlingenPerWerkgebied.merge(s.werkgebiedId(), (long) s.aantal(), Long::sum);
                }
            }
            return new Grondslag(n, leerlingen, scholenPerBestuur, leerlingenPerBestuur, leerlingenPerWerkgebied);
        }
    }
}
