package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.passend.shared.PassendException;

/**
 * The outcome of a verdeelmodel on an available amount: per component its parts; {@code totaal} =
 * sum of the component totals, {@code rest} = beschikbaar - totaal (negative = a deficit, then
 * {@code tekort} is true: a warning, not an error).
 */
public record Verdeling(BigDecimal beschikbaar, List<ComponentUitkomst> componenten, BigDecimal totaal,
        BigDecimal rest, boolean tekort) {

    public Verdeling {
        componenten = List.copyOf(componenten);
    }

    /** The yearly amount per bestuur over all components (monthly or not), in order of appearance. */
    public Map<UUID, BigDecimal> perBestuur() {
        Map<UUID, BigDecimal> result = new LinkedHashMap<>();
        for (ComponentUitkomst c : componenten) {
            for (Toedeling t : c.toedelingen()) {
                if (t.soort() == OntvangerSoort.BESTUUR) {
                    result.merge(t.ontvangerId(), t.bedrag(), BigDecimal::add);
                }
            }
        }
        return result;
    }

    /**
     * The parts paid in month {@code maand} (1-12): for every component paid monthly, in component
     * order, its yearly part to each bestuur split over twelve months with
     * {@link LargestRemainder#monthly} (so a bestuur's twelve parts of a component add up to its yearly
     * part exactly), taking the part of this month. Parts of zero are left out. THE rule for monthly
     * payments to boards: {@link #maandbedragen} and the booking of a month are built on it.
     */
    public List<Maanddeel> maanddelen(int maand) {
        if (maand < 1 || maand > 12) {
            throw new PassendException.RuleViolation("maand-ongeldig", maand);
        }
        List<Maanddeel> result = new ArrayList<>();
        for (ComponentUitkomst c : componenten) {
            if (!c.component().maandelijks()) {
                continue;
            }
            for (Toedeling t : c.toedelingen()) {
                if (t.soort() != OntvangerSoort.BESTUUR) {
                    continue;
                }
                BigDecimal deel = LargestRemainder.monthly(t.bedrag()).get(maand - 1);
                if (deel.signum() != 0) {
                    result.add(new Maanddeel(t.ontvangerId(), c.component(), deel));
                }
            }
        }
        return List.copyOf(result);
    }

    /**
     * The twelve monthly payments to a bestuur (January first): per month the sum of its
     * {@link #maanddelen}. Twelve zeros for a bestuur that receives nothing monthly.
     */
    public List<BigDecimal> maandbedragen(UUID bestuurId) {
        List<BigDecimal> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(maanddelen(m).stream().filter(d -> d.bestuurId().equals(bestuurId)).map(Maanddeel::bedrag)
                    .reduce(Cents.zero(), BigDecimal::add));
        }
        return List.copyOf(months);
    }

    /** A month's payment to a bestuur from one component paid monthly. */
    public record Maanddeel(UUID bestuurId, ModelComponent component, BigDecimal bedrag) {
    }
}
