package nl.passend.arrangement;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import nl.passend.shared.PassendException;

/**
 * The states of an aanvraag extra ondersteuning. Concept (the school writes), fiat gevraagd (the board
 * approves first, when the SWV requires it), ingediend, in behandeling (a consulent checks completeness),
 * informatie gevraagd (back to the school), MDO (held and recorded), besloten (afgewezen, or aangehouden:
 * that one can be taken in behandeling again), lopend (toegekend: the arrangement runs), geevalueerd
 * (evaluated and extended; it can be evaluated again), afgesloten (closed by an evaluation). A grant moves
 * from MDO straight to lopend: the besluit and the arrangement are one act.
 */
public enum OndersteuningsaanvraagStatus {
    CONCEPT, FIAT_GEVRAAGD, INGEDIEND, IN_BEHANDELING, INFORMATIE_GEVRAAGD, MDO, BESLOTEN, LOPEND, GEEVALUEERD,
    AFGESLOTEN;

    public Set<OndersteuningsaanvraagStatus> next() {
        return switch (this) {
            case CONCEPT -> EnumSet.of(FIAT_GEVRAAGD, INGEDIEND);
            case FIAT_GEVRAAGD -> EnumSet.of(INGEDIEND, CONCEPT);
            case INGEDIEND -> EnumSet.of(IN_BEHANDELING);
            case IN_BEHANDELING -> EnumSet.of(INFORMATIE_GEVRAAGD, MDO);
            case INFORMATIE_GEVRAAGD -> EnumSet.of(IN_BEHANDELING);
            case MDO -> EnumSet.of(BESLOTEN, LOPEND);
            case BESLOTEN -> EnumSet.of(IN_BEHANDELING);
            case LOPEND, GEEVALUEERD -> EnumSet.of(GEEVALUEERD, AFGESLOTEN);
            case AFGESLOTEN -> EnumSet.noneOf(OndersteuningsaanvraagStatus.class);
        };
    }

    public boolean canMoveTo(OndersteuningsaanvraagStatus target) {
        return next().contains(target);
    }

    /** Refuses a move the process does not allow, with a code naming the state it is in. */
    public void requireMoveTo(OndersteuningsaanvraagStatus target) {
        if (!canMoveTo(target)) {
            throw new PassendException.Conflict(code());
        }
    }

    /** Whether the arrangement of this request runs (toegekend and not closed). */
    public boolean lopend() {
        return this == LOPEND || this == GEEVALUEERD;
    }

    /** The stable error code of a refused move from this state, e.g. ondersteuningsaanvraag-status-mdo. */
    public String code() {
        return "ondersteuningsaanvraag-status-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
