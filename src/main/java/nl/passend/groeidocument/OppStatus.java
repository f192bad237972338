package nl.passend.groeidocument;

/** An OPP is a CONCEPT until its handelingsdeel is VASTGESTELD with the parents' instemming. */
public enum OppStatus {
    CONCEPT, VASTGESTELD
}
