package nl.passend.arrangement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import nl.passend.finance.Begrotingspost;

/**
 * Arrangement: the extra support granted on an aanvraag, with its beschikkingsnummer (per SWV per year,
 * ARR-2026-0042), kind, provider (aanbieder), period, hours and/or amount and the budget it is charged to
 * (the werkgebied's budget or a central post). {@code bovenBudget} marks a grant above the remaining
 * werkgebied budget, with its reason. {@code leerlingId} is null for a group arrangement.
 */
public record Arrangement(UUID id, UUID aanvraagId, String beschikkingsnummer, ArrangementSoort soort, String aanbieder,
                          LocalDate start, LocalDate eind, BigDecimal uren, BigDecimal bedrag, UUID schoolId,
                          String schoolNaam, UUID bestuurId, UUID werkgebiedId, BudgetSoort budget,
                          Begrotingspost begrotingspost, boolean bovenBudget, String overschrijdingReden,
                          UUID leerlingId, ArrangementStatus status, LocalDate afgeslotenOp, int version) {

    @Override
    public String toString() {
        return "Arrangement[" + id + ", " + beschikkingsnummer + "]";
    }
}
