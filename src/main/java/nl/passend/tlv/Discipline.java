package nl.passend.tlv;

/**
 * The discipline of a deskundige (WPO art. 18a lid 11): one advice must come from an orthopedagoog or
 * psycholoog; the second from a deskundige chosen for the pupil (kinder- of jeugdpsycholoog, pedagoog,
 * kinderpsychiater, maatschappelijk werker, arts, ...).
 */
public enum Discipline {
    ORTHOPEDAGOOG(true), PSYCHOLOOG(true), GZ_PSYCHOLOOG(true), KINDER_JEUGDPSYCHOLOOG(true), PEDAGOOG(false),
    KINDERPSYCHIATER(false), MAATSCHAPPELIJK_WERKER(false), ARTS(false), JEUGDARTS(false), OVERIG(false);

    private final boolean orthopedagoogOfPsycholoog;

    Discipline(boolean orthopedagoogOfPsycholoog) {
        this.orthopedagoogOfPsycholoog = orthopedagoogOfPsycholoog;
    }

    /** Counts as the required orthopedagoog or psycholoog. */
    public boolean isOrthopedagoogOfPsycholoog() {
        return orthopedagoogOfPsycholoog;
    }
}
