package nl.passend.finance;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import nl.passend.finance.calc.Prognose;

/**
 * Begroting: the SWV's budget of {@code jaar} with the meerjarenbegroting for the three years after it,
 * computed from a vastgesteld verdeelmodel, forecast counts (prognoses) per year, the normbedragen and
 * an indexation percentage; scenario variants are computed side by side. Once vastgesteld its base
 * lines are frozen ({@code regels}). {@code version} is the optimistic lock.
 */
public record Begroting(UUID id, int jaar, String naam, UUID verdeelmodelId, BegrotingStatus status,
                        BigDecimal indexatiePercentage, OffsetDateTime vastgesteldOp, UUID vastgesteldDoor, int version,
                        List<Prognose> prognoses, List<BegrotingScenario> scenarios, List<BegrotingRegel> regels) {

    public Begroting {
        prognoses = prognoses == null ? List.of() : List.copyOf(prognoses);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
        regels = regels == null ? List.of() : List.copyOf(regels);
    }

    /** The forecast count of a kind in a year, or null when there is none. */
    public Integer prognose(int jaar, TelSoort soort) {
        return prognoses.stream().filter(p -> p.jaar() == jaar && p.soort() == soort).map(Prognose::aantal)
                .findFirst().orElse(null);
    }

    /** The four years of the meerjarenbegroting. */
    public List<Integer> jaren() {
        return List.of(jaar, jaar + 1, jaar + 2, jaar + 3);
    }
}
