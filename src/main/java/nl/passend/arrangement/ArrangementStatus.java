package nl.passend.arrangement;

/** Whether an arrangement runs (possibly extended after an evaluation) or was closed by an evaluation. */
public enum ArrangementStatus {
    LOPEND, AFGESLOTEN
}
