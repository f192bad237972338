package nl.passend.arrangement;

/** What an evaluation of a running arrangement decides: it runs on until a new end date, or it closes. */
public enum EvaluatieUitkomst {
    VERLENGEN, AFSLUITEN
}
