package nl.passend.finance;

/**
 * What a bekostigingstelling counts: BASIS = the pupils in basisonderwijs and speciaal
 * basisonderwijs of the SWV (the base of the per-pupil budgets), SBO and SO per bekostigingscategorie
 * = this SWV's pupils in S(B)O on the teldatum (the base of the verrekening, WPO art. 121-125).
 */
public enum TelSoort {
    BASIS(null, null),
    SBO(NormbedragSoort.SBO, NormbedragSoort.GROEI_SBO),
    SO_LAAG(NormbedragSoort.SO_LAAG, NormbedragSoort.GROEI_SO_LAAG),
    SO_MIDDEN(NormbedragSoort.SO_MIDDEN, NormbedragSoort.GROEI_SO_MIDDEN),
    SO_HOOG(NormbedragSoort.SO_HOOG, NormbedragSoort.GROEI_SO_HOOG);

    private final NormbedragSoort verrekening;
    private final NormbedragSoort groei;

    TelSoort(NormbedragSoort verrekening, NormbedragSoort groei) {
        this.verrekening = verrekening;
        this.groei = groei;
    }

    /** The amount deducted per pupil of this kind; null for BASIS. */
    public NormbedragSoort verrekening() {
        return verrekening;
    }

    /** The growth amount per pupil of this kind (before 2023); null for BASIS. */
    public NormbedragSoort groei() {
        return groei;
    }

    public boolean isSo() {
        return this == SO_LAAG || this == SO_MIDDEN || this == SO_HOOG;
    }
}
