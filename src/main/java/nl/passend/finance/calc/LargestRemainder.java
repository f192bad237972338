package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits an amount pro rata over weights so that the parts add up exactly to the whole, to the
 * cent (largest-remainder or Hamilton method): every part first gets its exact share rounded down
 * to the cent; the cents left over go one each to the parts with the largest remainders; ties go to
 * the larger weight, then to the earlier key. Deterministic for the same input order.
 */
public final class LargestRemainder {

    private LargestRemainder() {
    }

    /**
     * Every part differs from its exact share {@code total x weight / sum of weights} by less than one
     * cent, and a zero weight gets nothing.
     *
     * @param total   the amount to split, first rounded to the cent with {@link Cents#of} (may be negative: the
     *                split of its absolute value, negated)
     * @param weights a weight (≥ 0) per key, in a stable order; their sum must be positive
     * @return the part per key, in the order of {@code weights}, summing exactly to {@code total}
     */
    public static <K> Map<K, BigDecimal> distribute(BigDecimal total, Map<K, BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("nothing to distribute over");
        }
        BigDecimal weightSum = BigDecimal.ZERO;
        for (BigDecimal w : weights.values()) {
            if (w == null || w.signum() < 0) {
                throw new IllegalArgumentException("weights must be zero or positive");
            }
            weightSum = weightSum.add(w);
        }
        if (weightSum.signum() == 0) {
            throw new IllegalArgumentException("the weights add up to zero");
        }
        BigInteger cents = Cents.of(total).movePointRight(2).toBigIntegerExact();
        boolean negative = cents.signum() < 0;
        BigDecimal whole = new BigDecimal(cents.abs());

        record Part<K>(K key, int index, BigDecimal weight, BigInteger floor, BigDecimal remainder) {
        }
        List<Part<K>> parts = new ArrayList<>();
        BigInteger assigned = BigInteger.ZERO;
        int i = 0;
        for (Map.Entry<K, BigDecimal> e : weights.entrySet()) {
            BigDecimal[] qr = whole.multiply(e.getValue()).divideAndRemainder(weightSum);
            BigInteger floor = qr[0].toBigIntegerExact();
            assigned = assigned.add(floor);
            parts.add(new Part<>(e.getKey(), i++, e.getValue(), floor, qr[1]));
        }
        int leftOver = whole.toBigIntegerExact().subtract(assigned).intValueExact();
        List<Part<K>> byRemainder = new ArrayList<>(parts);
        byRemainder.sort(Comparator.<Part<K>, BigDecimal>comparing(Part::remainder).reversed()
                .thenComparing(Comparator.<Part<K>, BigDecimal>comparing(Part::weight).reversed())
                .thenComparing(Part::index));
        Map<Integer, BigInteger> extra = new LinkedHashMap<>();
        for (int k = 0; k < leftOver; k++) {
            extra.put(byRemainder.get(k).index(), BigInteger.ONE);
        }
        Map<K, BigDecimal> result = new LinkedHashMap<>();
        for (Part<K> p : parts) {
            BigInteger c = p.floor().add(extra.getOrDefault(p.index(), BigInteger.ZERO));
            result.put(p.key(), new BigDecimal(negative ? c.negate() : c, 2));
        }
        return result;
    }

    /**
     * Splits a whole number of units (pupils) pro rata over weights with the same method, so that the
     * parts are whole numbers adding up exactly to {@code total}.
     */
    public static <K> Map<K, Long> distributeWhole(long total, Map<K, BigDecimal> weights) {
        Map<K, BigDecimal> parts = distribute(BigDecimal.valueOf(total).movePointLeft(2), weights);
        Map<K, Long> result = new LinkedHashMap<>();
        parts.forEach((key, part) -> result.put(key, part.movePointRight(2).longValueExact()));
        return result;
    }

    /** Splits a yearly amount over the twelve months (equal weights), adding up exactly. */
    public static List<BigDecimal> monthly(BigDecimal yearly) {
        Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            weights.put(m, BigDecimal.ONE);
        }
        return List.copyOf(distribute(yearly, weights).values());
    }
}
