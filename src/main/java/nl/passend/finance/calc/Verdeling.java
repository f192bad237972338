package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
     * The twelve monthly payments to a bestuur (January first) from the components paid monthly:
     * each component's yearly part split with {@link LargestRemainder#monthly}, summed per month.
     * Twelve zeros for a bestuur that receives nothing monthly.
     */
    public List<BigDecimal> maandbedragen(UUID bestuurId) {
        List<BigDecimal> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            months.add(Cents.zero());
        }
        for (ComponentUitkomst c : componenten) {
            if (!c.component().maandelijks()) {
                continue;
            }
            for (Toedeling t : c.toedelingen()) {
                if (t.soort() == OntvangerSoort.BESTUUR && t.ontvangerId().equals(bestuurId)) {
                    List<BigDecimal> parts = LargestRemainder.monthly(t.bedrag());
                    for (int m = 0; m < 12; m++) {
                        months.set(m, months.get(m).add(parts.get(m)));
                    }
                }
            }
        }
        return List.copyOf(months);
    }
}
