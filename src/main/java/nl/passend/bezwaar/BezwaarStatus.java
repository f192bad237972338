package nl.passend.bezwaar;

import java.util.EnumSet;
import java.util.Set;

import nl.passend.shared.PassendException;

/**
 * The states of a bezwaar (PRODUCT.md 3.5): ontvangen (registered), doorgestuurd (the file went to the
 * Landelijke Bezwaaradviescommissie TLV, WPO art. 18a lid 12), hoorzitting (the hearing is recorded,
 * Awb 7:2), advies ontvangen (the committee advised, Awb 7:13), besloten (the board decided, Awb 7:11)
 * and ingetrokken (withdrawn by the indiener). From ontvangen the board may decide at once only to
 * declare a late, unexcused bezwaar niet-ontvankelijk; {@link BezwaarAct} holds that rule.
 */
public enum BezwaarStatus {
    ONTVANGEN, DOORGESTUURD, HOORZITTING, ADVIES_ONTVANGEN, BESLOTEN, INGETROKKEN;

    public Set<BezwaarStatus> next() {
        return switch (this) {
            case ONTVANGEN -> EnumSet.of(DOORGESTUURD, BESLOTEN, INGETROKKEN);
            case DOORGESTUURD -> EnumSet.of(HOORZITTING, INGETROKKEN);
            case HOORZITTING -> EnumSet.of(ADVIES_ONTVANGEN, INGETROKKEN);
            case ADVIES_ONTVANGEN -> EnumSet.of(BESLOTEN, INGETROKKEN);
            case BESLOTEN, INGETROKKEN -> EnumSet.noneOf(BezwaarStatus.class);
        };
    }

    /** Still being handled: not decided and not withdrawn. */
    public boolean isOpen() {
        return this != BESLOTEN && this != INGETROKKEN;
    }

    public boolean canMoveTo(BezwaarStatus target) {
        return next().contains(target);
    }

    /** The refusal of an act that this state does not allow, naming the state (e.g. {@code bezwaar-status-besloten}). */
    public PassendException.Conflict refusal() {
        String code = "bezwaar-status-" + name().toLowerCase().replace('_', '-');
        return new PassendException.Conflict(code);
    }
}
