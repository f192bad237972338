package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.passend.finance.calc.Cents;

/**
 * The monthly settlement of a bestuur as a pure function. A month's line for an arrangement is its
 * part of the month ({@link VerrekeningSpreiding}) plus a correctie: for the earlier months that were
 * already vastgesteld, what the current terms give for them minus what was vastgesteld for them. So,
 * when months are vastgesteld in order, the vastgestelde months of an arrangement always add up to
 * its bedrag once its period is over, even after an extension or with a start in the past, and a
 * vastgestelde month itself never changes.
 *
 * <p>Closed early (afgesloten_op before eind): the bedrag stays spread by days over the original period,
 * but a month's part is only what {@link VerrekeningSpreiding#teBetalen} charges: nothing after the month
 * of closing, the month of closing pro rata its days up to and including the closing date. A closing
 * stops future charges only: it never makes a correctie negative. The correctie is what the vastgestelde
 * months owe with the closing minus what was vastgesteld for them, but not less than the (negative)
 * correctie without the closing: so a closing recorded late, after months past the closing date were
 * vastgesteld in full, does not reclaim those frozen lines, while a reduction for another reason (an
 * extension before the closing) is still corrected, and a start in the past is caught up only to the
 * closing date.
 */
public final class VerrekeningBerekening {

    private VerrekeningBerekening() {
    }

    /**
     * @param maand               the month to settle
     * @param arrangementen       the arrangements of the bestuur's schools (with or without a bedrag)
     * @param vastgesteldeMaanden the months of this bestuur that were vastgesteld before
     * @param vastgesteldVoor     per arrangement, the sum of its vastgestelde lines in months before {@code maand}
     * @return a line per arrangement with a non-zero part or correctie, by school, beschikkingsnummer
     */
    public static List<VerrekeningRegel> voorMaand(YearMonth maand, List<VerrekeningKosten> arrangementen,
                                                   Set<YearMonth> vastgesteldeMaanden,
                                                   Map<UUID, BigDecimal> vastgesteldVoor) {
        List<VerrekeningRegel> regels = new ArrayList<>();
        for (VerrekeningKosten a : arrangementen) {
            if (a.bedrag() == null) {
                continue;
            }
            Map<YearMonth, BigDecimal> delen = VerrekeningSpreiding.perMaand(a.bedrag(), a.start(), a.eind());
            Map<YearMonth, BigDecimal> teBetalen = VerrekeningSpreiding.teBetalen(a.bedrag(), a.start(), a.eind(),
                    a.afgeslotenOp());
            BigDecimal deel = teBetalen.getOrDefault(maand, Cents.zero());
            BigDecimal vastgesteld = vastgesteldVoor.getOrDefault(a.arrangementId(), Cents.zero());
            BigDecimal metSluiting = verschuldigd(teBetalen, maand, vastgesteldeMaanden).subtract(vastgesteld);
            BigDecimal zonderSluiting = verschuldigd(delen, maand, vastgesteldeMaanden).subtract(vastgesteld);
            // A closing stops future charges only: it never takes back what vastgestelde months charged.
            BigDecimal correctie = metSluiting.max(zonderSluiting.min(Cents.zero()));
            if (deel.signum() != 0 || correctie.signum() != 0) {
                regels.add(new VerrekeningRegel(a.arrangementId(), a.beschikkingsnummer(), a.soort(), a.aanbieder(),
                        a.schoolId(), a.schoolNaam(), a.start(), a.eind(), a.bedrag(), a.post(), Cents.of(deel),
                        Cents.of(correctie), Cents.of(deel.add(correctie))));
            }
        }
        regels.sort(Comparator.comparing((VerrekeningRegel r) -> r.schoolNaam() == null ? "" : r.schoolNaam())
                .thenComparing(VerrekeningRegel::beschikkingsnummer));
        return regels;
    }

    /** The sum of the parts of the vastgestelde months before {@code maand}. */
    private static BigDecimal verschuldigd(Map<YearMonth, BigDecimal> delen, YearMonth maand,
                                           Set<YearMonth> vastgesteldeMaanden) {
        return delen.entrySet().stream()
                .filter(e -> e.getKey().isBefore(maand) && vastgesteldeMaanden.contains(e.getKey()))
                .map(Map.Entry::getValue).reduce(Cents.zero(), BigDecimal::add);
    }
}
