package nl.passend.finance;

import java.math.BigDecimal;
import java.util.UUID;

import nl.passend.finance.calc.Scenario;

/**
 * A scenario variant of a begroting: percentage points of BASIS moving to SO or SBO, a percent change
 * of BASIS, and percentage points added to the indexation.
 */
public record BegrotingScenario(UUID id, String naam, BigDecimal soDeelnameDelta, BigDecimal sboDeelnameDelta,
                                BigDecimal leerlingenDeltaPct, BigDecimal indexatieDelta) {

    public Scenario toCalc() {
        return new Scenario(naam, soDeelnameDelta, sboDeelnameDelta, leerlingenDeltaPct, indexatieDelta);
    }
}
