package nl.passend.organisation;

/** Whether a leerlingtelling is still provisional (voorlopig) or final (definitief). */
public enum TelStatus {
    VOORLOPIG, DEFINITIEF
}
