package nl.passend.tlv;

/**
 * The discipline of a deskundige (WPO art. 18a lid 11): one advice must come from an orthopedagoog or
 * psycholoog; the second from a deskundige chosen for the pupil (kinder- of jeugdpsycholoog, pedagoog,
 * kinderpsychiater, maatschappelijk werker, arts, ...).
 */
public enum Discipline {
    ORTHOPEDAGOOG(true, false), PSYCHOLOOG(true, false), GZ_PSYCHOLOOG(true, false),
    KINDER_JEUGDPSYCHOLOOG(true, true), PEDAGOOG(false, true), KINDERPSYCHIATER(false, true),
    MAATSCHAPPELIJK_WERKER(false, true), ARTS(false, true), JEUGDARTS(false, true), OVERIG(false, false);

    private final boolean orthopedagoogOfPsycholoog;
    private final boolean tweedeDeskundige;

    Discipline(boolean orthopedagoogOfPsycholoog, boolean tweedeDeskundige) {
        this.orthopedagoogOfPsycholoog = orthopedagoogOfPsycholoog;
        this.tweedeDeskundige = tweedeDeskundige;
    }

    /**
     * Counts as the second deskundige the law names: a kinder- of jeugdpsycholoog, pedagoog,
     * kinderpsychiater, maatschappelijk werker or arts (WPO art. 18a lid 11).
     */
    public boolean isTweedeDeskundige() {
        return tweedeDeskundige;
    }

    /** Counts as the required orthopedagoog or psycholoog. */
    public boolean isOrthopedagoogOfPsycholoog() {
        return orthopedagoogOfPsycholoog;
    }
}
