package nl.passend.bezwaar;

/**
 * Who lodged a bezwaar: the ouders (the pupil's parents or guardians) or the schoolbestuur (the
 * bevoegd gezag of the school). Both are belanghebbenden of a TLV decision (Awb 1:2, 7:1).
 */
public enum Indiener { OUDERS, SCHOOLBESTUUR }
