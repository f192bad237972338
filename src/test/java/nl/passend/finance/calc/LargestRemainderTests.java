package nl.passend.finance.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LargestRemainderTests {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    @Test
    void splitsFiveCentsOverThreeEqualWeightsGivingTheExtraCentsToTheEarlierKeys() {
        Map<String, BigDecimal> parts = LargestRemainder.distribute(new BigDecimal("0.05"),
                weights("a", 1, "b", 1, "c", 1));

        assertThat(parts).containsExactly(Map.entry("a", new BigDecimal("0.02")), Map.entry("b", new BigDecimal("0.02")),
                Map.entry("c", new BigDecimal("0.01")));
    }

    @Test
    void splitsAMillionAndOneCentOverSevenPrimeWeightsExactly() {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        int[] primes = {101, 211, 307, 401, 503, 601, 701};
        for (int i = 0; i < primes.length; i++) {
            weights.put("werkgebied-" + (i + 1), BigDecimal.valueOf(primes[i]));
        }
        BigDecimal total = new BigDecimal("1000000.01");

        Map<String, BigDecimal> parts = LargestRemainder.distribute(total, weights);

        assertAddsUpAndIsFair(total, weights, parts);
        // 2825 pupils: floors add up to 999,999.97; the 4 left-over cents go to the largest remainders
        // (werkgebied 5, 3, 2 and 7).
        assertThat(parts.values()).containsExactly(new BigDecimal("35752.21"), new BigDecimal("74690.27"),
                new BigDecimal("108672.57"), new BigDecimal("141946.90"), new BigDecimal("178053.10"),
                new BigDecimal("212743.36"), new BigDecimal("248141.60"));
        assertThat(parts.values()).allSatisfy(p -> assertThat(p.scale()).isEqualTo(2));
    }

    @Test
    void givesTheLeftOverCentToTheLargestRemainder() {
        // 0.05 over 1 and 3: exact 0.0125 and 0.0375 -> floors 0.01 and 0.03; the left-over cent goes to b (.75 > .25).
        assertThat(LargestRemainder.distribute(new BigDecimal("0.05"), weights("a", 1, "b", 3)))
                .containsExactly(Map.entry("a", new BigDecimal("0.01")), Map.entry("b", new BigDecimal("0.04")));
    }

    @Test
    void givesTheLeftOverCentOnATieToTheLargerWeightThenToTheEarlierKey() {
        // 0.02 over 1, 4, 1: exact 0.0033, 0.0133, 0.0033 -> floors 0, 0.01, 0; all remainders are a third of a
        // cent: the tie goes to the larger weight.
        assertThat(LargestRemainder.distribute(new BigDecimal("0.02"), weights("a", 1, "b", 4, "c", 1)))
                .containsExactly(Map.entry("a", new BigDecimal("0.00")), Map.entry("b", new BigDecimal("0.02")),
                        Map.entry("c", new BigDecimal("0.00")));
        // Equal weights: the earlier keys.
        assertThat(LargestRemainder.distribute(new BigDecimal("0.02"), weights("a", 1, "b", 1, "c", 1)))
                .containsExactly(Map.entry("a", new BigDecimal("0.01")), Map.entry("b", new BigDecimal("0.01")),
                        Map.entry("c", new BigDecimal("0.00")));
    }

    @Test
    void splitsANegativeTotalAsTheNegatedSplitOfItsAbsoluteValue() {
        Map<String, BigDecimal> parts = LargestRemainder.distribute(new BigDecimal("-0.05"),
                weights("a", 1, "b", 1, "c", 1));

        assertThat(parts.values()).containsExactly(new BigDecimal("-0.02"), new BigDecimal("-0.02"),
                new BigDecimal("-0.01"));
    }

    @Test
    void neverGivesAnythingToAZeroWeight() {
        Map<String, BigDecimal> parts = LargestRemainder.distribute(new BigDecimal("100.00"),
                weights("a", 0, "b", 3, "c", 0, "d", 7));

        assertThat(parts.get("a")).isEqualByComparingTo("0");
        assertThat(parts.get("c")).isEqualByComparingTo("0");
        assertThat(parts.get("b")).isEqualByComparingTo("30.00");
        assertThat(parts.get("d")).isEqualByComparingTo("70.00");
    }

    @Test
    void alwaysAddsUpExactlyAndStaysWithinOneCentOfEachExactShareForManyRandomSplits() {
        Random random = new Random(20261122L);
        for (int run = 0; run < 5000; run++) {
            long cents = random.nextLong(-100_000_000_000L, 100_000_000_000L);
            if (run % 10 == 0) {
                cents = random.nextInt(-50, 50);
            }
            BigDecimal total = BigDecimal.valueOf(cents, 2);
            int n = 1 + random.nextInt(25);
            Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                BigDecimal w = switch (random.nextInt(4)) {
                    case 0 -> BigDecimal.ZERO;
                    case 1 -> BigDecimal.valueOf(random.nextInt(1, 4));
                    case 2 -> BigDecimal.valueOf(random.nextLong(1, 1_000_000), random.nextInt(0, 5));
                    default -> BigDecimal.valueOf(random.nextInt(1, 2000));
                };
                weights.put(i, w);
            }
            if (weights.values().stream().allMatch(w -> w.signum() == 0)) {
                weights.put(0, BigDecimal.ONE);
            }

            Map<Integer, BigDecimal> parts = LargestRemainder.distribute(total, weights);

            assertAddsUpAndIsFair(total, weights, parts);
        }
    }

    @Test
    void splitsAYearlyAmountOverTwelveMonthsAddingUpExactly() {
        List<BigDecimal> months = LargestRemainder.monthly(new BigDecimal("120000.05"));

        assertThat(months).hasSize(12);
        assertThat(Cents.sum(months)).isEqualByComparingTo("120000.05");
        assertThat(months.subList(0, 5)).allSatisfy(m -> assertThat(m).isEqualByComparingTo("10000.01"));
        assertThat(months.subList(5, 12)).allSatisfy(m -> assertThat(m).isEqualByComparingTo("10000.00"));
    }

    @Test
    void splitsWholePupilsProRataAddingUpExactly() {
        Map<String, Long> parts = LargestRemainder.distributeWhole(20, weights("laag", 60, "midden", 20, "hoog", 10));

        // exact 13.33, 4.44, 2.22: floors 13, 4, 2 and the one pupil left goes to the largest remainder (midden).
        assertThat(parts).containsExactly(Map.entry("laag", 13L), Map.entry("midden", 5L), Map.entry("hoog", 2L));
    }

    @Test
    void refusesWeightsThatAddUpToZeroOrAreNegative() {
        assertThatThrownBy(() -> LargestRemainder.distribute(BigDecimal.TEN, weights("a", 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.distribute(BigDecimal.TEN, weights("a", -1, "b", 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LargestRemainder.distribute(BigDecimal.TEN, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static <K> void assertAddsUpAndIsFair(BigDecimal total, Map<K, BigDecimal> weights, Map<K, BigDecimal> parts) {
        assertThat(parts.keySet()).containsExactlyElementsOf(new ArrayList<>(weights.keySet()));
        assertThat(Cents.sum(parts.values())).as("sum of %s", parts).isEqualByComparingTo(total);
        BigDecimal weightSum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (Map.Entry<K, BigDecimal> e : weights.entrySet()) {
            BigDecimal exact = total.multiply(e.getValue()).divide(weightSum, MathContext.DECIMAL128);
            BigDecimal part = parts.get(e.getKey());
            assertThat(part.subtract(exact).abs()).as("part %s vs exact %s", part, exact).isLessThan(CENT);
            if (e.getValue().signum() == 0) {
                assertThat(part).isEqualByComparingTo("0");
            }
        }
    }

    private static Map<String, BigDecimal> weights(Object... keysAndWeights) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        for (int i = 0; i < keysAndWeights.length; i += 2) {
            weights.put((String) keysAndWeights[i], BigDecimal.valueOf((Integer) keysAndWeights[i + 1]));
        }
        return weights;
    }
}
