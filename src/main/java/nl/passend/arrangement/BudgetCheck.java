package nl.passend.arrangement;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The check of a grant against the werkgebied budget: the werkgebied's yearly part of the verdeelmodel in
 * force ({@code budget}), what arrangements already granted that year on it take ({@code toegekend}), what
 * remains, and whether this grant goes over. {@code gecontroleerd} is false when nothing could be checked
 * (a central post, no amount, or no verdeelmodel in force on the start date): then there is no warning.
 */
public record BudgetCheck(boolean gecontroleerd, UUID werkgebiedId, Integer jaar, BigDecimal budget,
                          BigDecimal toegekend, BigDecimal resterend, BigDecimal bedrag, boolean boven) {

    static BudgetCheck none() {
        return new BudgetCheck(false, null, null, null, null, null, null, false);
    }
}
