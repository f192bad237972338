package nl.passend.finance;

import nl.passend.shared.PassendException;

/**
 * The states of a begroting: concept (prognoses, indexation and scenarios may change) and vastgesteld
 * (its base lines are frozen in begroting_regel; one per year).
 */
public enum BegrotingStatus {
    CONCEPT, VASTGESTELD;

    public boolean canMoveTo(BegrotingStatus target) {
        return this == CONCEPT && target == VASTGESTELD;
    }

    /** Refuses a move the process does not allow, with a code that names the state it is in. */
    public void requireMoveTo(BegrotingStatus target) {
        if (!canMoveTo(target)) {
            throw new PassendException.Conflict(code());
        }
    }

    public String code() {
        return switch (this) {
            case CONCEPT -> "begroting-status-concept";
            case VASTGESTELD -> "begroting-status-vastgesteld";
        };
    }
}
