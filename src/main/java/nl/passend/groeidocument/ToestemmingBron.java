package nl.passend.groeidocument;

/** Where a consent record came from: entered in Passend, or carried over from an OSO dossier. */
public enum ToestemmingBron {
    UI, OSO
}
