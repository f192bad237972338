package nl.passend.dossier;

/** How an ouder/verzorger relates to the pupil. */
public enum OuderRelatie { MOEDER, VADER, VERZORGER, VOOGD, OVERIG }
