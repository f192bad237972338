package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.passend.finance.calc.Cents;
import nl.passend.finance.calc.LargestRemainder;

/**
 * How an arrangement's bedrag is spread over the months of its period (pure): pro rata to the number
 * of days of the period in each month, with {@link LargestRemainder}, so the months add up exactly to
 * the bedrag, to the cent. By days rather than by whole months, because arrangements start and end
 * on any day: one that starts on the 20th costs its first month about a third of a full month.
 *
 * <p>An arrangement closed early (an evaluation with outcome AFSLUITEN sets its afgesloten_op before
 * its eind) keeps this spread over its whole original period start..eind, but only the days up to and
 * including the closing date are charged ({@link #teBetalen}): the months before the month of closing
 * keep their part unchanged, the month of closing is charged pro rata its days up to the closing date,
 * and the months after it get nothing. So the charged months add up to less than the bedrag.
 */
public final class VerrekeningSpreiding {

    private VerrekeningSpreiding() {
    }

    /**
     * The part of {@code bedrag} per month of the period {@code start}..{@code eind} (both inclusive),
     * in calendar order; empty when there is no bedrag (an arrangement in hours only).
     *
     * @throws IllegalArgumentException when the period ends before it starts
     */
    public static Map<YearMonth, BigDecimal> perMaand(BigDecimal bedrag, LocalDate start, LocalDate eind) {
        if (bedrag == null) {
            return Map.of();
        }
        if (start == null || eind == null || eind.isBefore(start)) {
            throw new IllegalArgumentException("a period needs a start on or before its end");
        }
        Map<YearMonth, BigDecimal> dagen = new LinkedHashMap<>();
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(eind)); m = m.plusMonths(1)) {
            LocalDate van = start.isAfter(m.atDay(1)) ? start : m.atDay(1);
            LocalDate tot = eind.isBefore(m.atEndOfMonth()) ? eind : m.atEndOfMonth();
            dagen.put(m, BigDecimal.valueOf(ChronoUnit.DAYS.between(van, tot) + 1));
        }
        return LargestRemainder.distribute(bedrag, dagen);
    }

    /**
     * What is charged per month: {@link #perMaand} when {@code afgeslotenOp} is null or not before
     * {@code eind}; otherwise the same spread with the month of closing cut to its days up to and
     * including {@code afgeslotenOp} (its part x charged days / days of the period in that month, to the
     * cent, half up) and the months after it left out. Closed before the start: nothing is charged.
     */
    public static Map<YearMonth, BigDecimal> teBetalen(BigDecimal bedrag, LocalDate start, LocalDate eind,
                                                       LocalDate afgeslotenOp) {
        Map<YearMonth, BigDecimal> delen = perMaand(bedrag, start, eind);
        if (afgeslotenOp == null || !afgeslotenOp.isBefore(eind) || delen.isEmpty()) {
            return delen;
        }
        YearMonth sluitmaand = YearMonth.from(afgeslotenOp);
        Map<YearMonth, BigDecimal> charged = new LinkedHashMap<>();
        for (Map.Entry<YearMonth, BigDecimal> e : delen.entrySet()) {
            YearMonth m = e.getKey();
            if (m.isBefore(sluitmaand)) {
                charged.put(m, e.getValue());
            } else if (m.equals(sluitmaand) && !afgeslotenOp.isBefore(start)) {
                LocalDate van = start.isAfter(m.atDay(1)) ? start : m.atDay(1);
                LocalDate tot = eind.isBefore(m.atEndOfMonth()) ? eind : m.atEndOfMonth();
                long dagen = ChronoUnit.DAYS.between(van, tot) + 1;
                long betaald = ChronoUnit.DAYS.between(van, afgeslotenOp) + 1;
                charged.put(m, Cents.of(e.getValue().multiply(BigDecimal.valueOf(betaald))
                        .divide(BigDecimal.valueOf(dagen), 10, Cents.ROUNDING)));
            }
        }
        return charged;
    }
}
