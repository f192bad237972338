package nl.passend.finance;

/**
 * The kind of a normbedrag: the amounts per pupil of the Regeling bekostiging WPO en WEC of a year
 * (lichte and zware ondersteuning per pupil for the SWV; the SBO amount and the SO amount per
 * bekostigingscategorie that DUO deducts for this SWV's pupils; growth amounts used before 2023) and
 * the yearly indexation percentage.
 */
public enum NormbedragSoort {
    LICHTE_ONDERSTEUNING,
    ZWARE_ONDERSTEUNING,
    SBO,
    SO_LAAG,
    SO_MIDDEN,
    SO_HOOG,
    GROEI_SBO,
    GROEI_SO_LAAG,
    GROEI_SO_MIDDEN,
    GROEI_SO_HOOG,
    INDEXATIE;

    /** INDEXATIE is a percentage with four decimals; every other kind is an amount in whole cents. */
    public boolean isPercentage() {
        return this == INDEXATIE;
    }
}
