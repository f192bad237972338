package nl.passend.dossier;

/** Gender as schools register it (OSO: man, vrouw, onbekend/anders). */
public enum Geslacht { M, V, X }
