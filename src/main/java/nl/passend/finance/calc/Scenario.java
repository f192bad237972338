package nl.passend.finance.calc;

import java.math.BigDecimal;

/**
 * A scenario variant of the begroting (begroting_scenario): {@code soDeelnameDelta} /
 * {@code sboDeelnameDelta} = percentage points of BASIS that move to SO / SBO, {@code leerlingenDeltaPct}
 * = percent change of BASIS, {@code indexatieDelta} = percentage points added to the indexation.
 * {@link #BASIS} is the base (all zero).
 */
public record Scenario(String naam, BigDecimal soDeelnameDelta, BigDecimal sboDeelnameDelta,
        BigDecimal leerlingenDeltaPct, BigDecimal indexatieDelta) {

    public static final Scenario BASIS = new Scenario("Basis", BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
            BigDecimal.ZERO);

    public boolean isBasis() {
        return signum(soDeelnameDelta) == 0 && signum(sboDeelnameDelta) == 0 && signum(leerlingenDeltaPct) == 0
                && signum(indexatieDelta) == 0;
    }

    private static int signum(BigDecimal value) {
        return value == null ? 0 : value.signum();
    }
}
