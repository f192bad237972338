package nl.passend.dossier;

/**
 * Where the pupil lives, relative to the SWV: decides competence when the pupil is not enrolled at a
 * regular school of the SWV (WPO art. 40 lid 8).
 */
public enum Woonachtig { SWV, ELDERS, BUITENLAND }
