package nl.passend.finance;

/**
 * Whether a normbedrag is provisional (voorlopig: announced, e.g. before the definitive regeling or
 * the salary indexation of the year) or definitive (definitief: the amount of the final regeling).
 */
public enum NormbedragStatus {
    VOORLOPIG,
    DEFINITIEF
}
