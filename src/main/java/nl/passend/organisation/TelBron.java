package nl.passend.organisation;

/** Where a leerlingtelling comes from: a DUO file or typed in by hand. */
public enum TelBron {
    DUO, HANDMATIG
}
