package nl.passend.finance;

import java.util.EnumSet;
import java.util.Set;

import nl.passend.shared.PassendException;

/**
 * The states of a verdeelmodel (WPO art. 18a lid 8 and 14a: the ondersteuningsplan with its allocation
 * needs the consent of the ondersteuningsplanraad before the SWV adopts it): concept (may change),
 * OPR-instemming (consent recorded with date and kenmerk; frozen), vastgesteld (in force from its
 * geldig_vanaf; immutable) and vervangen (a newer version of the same year took over from its date).
 */
public enum VerdeelmodelStatus {
    CONCEPT, OPR_INSTEMMING, VASTGESTELD, VERVANGEN;

    public Set<VerdeelmodelStatus> next() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(OPR_INSTEMMING);
            case OPR_INSTEMMING -> EnumSet.of(VASTGESTELD);
            case VASTGESTELD -> EnumSet.of(VERVANGEN);
            case VERVANGEN -> EnumSet.noneOf(VerdeelmodelStatus.class);
        };
    }

    public boolean canMoveTo(VerdeelmodelStatus target) {
        return next().contains(target);
    }

    /** Refuses a move the process does not allow, with a code that names the state it is in. */
    public void requireMoveTo(VerdeelmodelStatus target) {
        if (!canMoveTo(target)) {
            throw new PassendException.Conflict(code());
        }
    }

    /** Only a concept may change (its name, dates and components). */
    public boolean isChangeable() {
        return this == CONCEPT;
    }

    /** Vastgesteld or vervangen: the model was (or is) in force and is evidence for past payments. */
    public boolean isAdopted() {
        return this == VASTGESTELD || this == VERVANGEN;
    }

    /** The error code that says which state refused the move. */
    public String code() {
        return switch (this) {
            case CONCEPT -> "verdeelmodel-status-concept";
            case OPR_INSTEMMING -> "verdeelmodel-status-opr-instemming";
            case VASTGESTELD -> "verdeelmodel-status-vastgesteld";
            case VERVANGEN -> "verdeelmodel-status-vervangen";
        };
    }
}
