package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;

/**
 * The grant of an aanvraag: the grounds and the arrangement (kind, provider, period, hours and/or amount,
 * the budget it is charged to: a werkgebied, by default the school's, or a central post) and, when the
 * amount exceeds the remaining werkgebied budget, the reason to grant it anyway.
 */
public record ToekenningInput(String gronden, ArrangementSoort soort, String aanbieder, LocalDate start, LocalDate eind,
                              BigDecimal uren, BigDecimal bedrag, BudgetSoort budget, UUID werkgebiedId,
                              Begrotingspost begrotingspost, String overschrijdingReden) {

    @Override
    public String toString() {
        return "ToekenningInput[" + soort + ", " + budget + "]";
    }
}
