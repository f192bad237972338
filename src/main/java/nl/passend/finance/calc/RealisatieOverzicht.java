package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.util.List;

import nl.passend.finance.Begrotingspost;

/**
 * Budget vs actual of a year up to and including {@code peilmaand} (0 = nothing realised yet, 12 = the
 * whole year): one row per post (in enum order), the totals of baten and lasten (rows with post null)
 * and the forecast result (baten - lasten).
 */
public record RealisatieOverzicht(int jaar, int peilmaand, List<PostVergelijking> posten, PostVergelijking baten,
        PostVergelijking lasten, BigDecimal begrootResultaat, BigDecimal prognoseResultaat) {

    public RealisatieOverzicht {
        posten = List.copyOf(posten);
    }

    public PostVergelijking post(Begrotingspost post) {
        return posten.stream().filter(p -> p.post() == post).findFirst().orElseThrow();
    }
}
