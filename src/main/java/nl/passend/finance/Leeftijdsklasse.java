package nl.passend.finance;

/**
 * Age band of an amount or count, for the years whose regulation distinguishes pupils under 8 from
 * pupils of 8 and older; ALLE where it does not.
 */
public enum Leeftijdsklasse {
    ALLE,
    ONDER_8,
    VANAF_8
}
