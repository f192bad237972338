package nl.passend.tlv;

/**
 * The funding category of an SO TLV (Besluit bekostiging WPO / WEC art. 40): laag (1), midden (2), hoog (3).
 * {@link #osoCode()} is the OSO tlvcategorie code; an SBO TLV has no category (OSO {@code Nvt}).
 */
public enum Bekostigingscategorie {
    LAAG(1, "L"), MIDDEN(2, "M"), HOOG(3, "H");

    private final int nummer;
    private final String osoCode;

    Bekostigingscategorie(int nummer, String osoCode) {
        this.nummer = nummer;
        this.osoCode = osoCode;
    }

    public int nummer() {
        return nummer;
    }

    public String osoCode() {
        return osoCode;
    }

    /** The OSO tlvcategorie of a TLV: H/M/L, or Nvt without a category (SBO). */
    public static String osoCode(Bekostigingscategorie categorie) {
        return categorie == null ? "Nvt" : categorie.osoCode;
    }
}
