package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.TelSoort;

/**
 * One year of one scenario: a line for every {@link Begrotingspost} (in enum order, zero where
 * nothing), totals baten / lasten / resultaat (= baten - lasten), the income computation behind the
 * baten, the counts used (after the scenario's changes) and the indexations applied (texts).
 */
public record BegrotingJaar(int jaar, List<PostBedrag> regels, BigDecimal baten, BigDecimal lasten,
        BigDecimal resultaat, BatenBerekening batenBerekening, Map<TelSoort, Integer> tellingen,
        List<String> indexeringen) {

    public BegrotingJaar {
        regels = List.copyOf(regels);
        tellingen = Map.copyOf(tellingen);
        indexeringen = List.copyOf(indexeringen);
    }

    public BigDecimal bedrag(Begrotingspost post) {
        return regels.stream().filter(r -> r.post() == post).map(PostBedrag::bedrag).findFirst()
                .orElse(Cents.zero());
    }

    public PostBedrag regel(Begrotingspost post) {
        return regels.stream().filter(r -> r.post() == post).findFirst().orElseThrow();
    }
}
