package nl.passend.tlv;

import java.util.EnumSet;
import java.util.Set;

import nl.passend.shared.PassendException;

/**
 * The states of a TLV request. Ingediend (awaiting the completeness check), aanvulling gevraagd (back
 * to the school; the decision term is suspended, Awb 4:15), in advies (complete; deskundigen advise),
 * besloten (a decision stands; a gegrond bezwaar reopens it for a new decision), ingetrokken.
 */
public enum TlvAanvraagStatus {
    INGEDIEND, AANVULLING_GEVRAAGD, IN_ADVIES, BESLOTEN, INGETROKKEN;

    public Set<TlvAanvraagStatus> next() {
        return switch (this) {
            case INGEDIEND -> EnumSet.of(AANVULLING_GEVRAAGD, IN_ADVIES, INGETROKKEN);
            case AANVULLING_GEVRAAGD -> EnumSet.of(INGEDIEND, INGETROKKEN);
            case IN_ADVIES -> EnumSet.of(AANVULLING_GEVRAAGD, BESLOTEN, INGETROKKEN);
            case BESLOTEN -> EnumSet.of(IN_ADVIES);
            case INGETROKKEN -> EnumSet.noneOf(TlvAanvraagStatus.class);
        };
    }

    public boolean canMoveTo(TlvAanvraagStatus target) {
        return next().contains(target);
    }

    /** Refuses a move the process does not allow, naming the state it is in. */
    public void requireMoveTo(TlvAanvraagStatus target) {
        if (!canMoveTo(target)) {
            throw new PassendException.Conflict(code());
        }
    }

    /** The error code that says which state refused the move. */
    private String code() {
        return switch (this) {
            case INGEDIEND -> "tlv-aanvraag-status-ingediend";
            case AANVULLING_GEVRAAGD -> "tlv-aanvraag-status-aanvulling-gevraagd";
            case IN_ADVIES -> "tlv-aanvraag-status-in-advies";
            case BESLOTEN -> "tlv-aanvraag-status-besloten";
            case INGETROKKEN -> "tlv-aanvraag-status-ingetrokken";
        };
    }
}
