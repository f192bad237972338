package nl.passend.finance.calc;

/** The kinds of component of a verdeelmodel. */
public enum ComponentSoort {
    /** A fixed amount per BAO school (vestiging), to its bestuur. */
    VASTE_VOET,
    /** An amount per BAO pupil of the school on the model's teldatum, to its bestuur. */
    PER_LEERLING,
    /** A total distributed over the werkgebieden pro rata their BAO pupils, after the frictie reserve. */
    WERKGEBIEDBUDGET,
    /** A total on a central post (OZA, uitvoeringsorganisatie, management en organisatie, ...). */
    CENTRALE_POST,
    /** The SWV's own groeiregeling: an amount per expected growth pupil in S(B)O. */
    GROEIREGELING
}
