package nl.passend.finance;

import java.util.Arrays;
import java.util.List;

/**
 * A line of the begroting and the realisation: the baten of an SWV and the lasten categories of its
 * annual accounts (the categories of the lasten table in seed 000 §10: regulier, SBO, SO,
 * werkgebieden, onderwijs-zorgarrangementen, management en organisatie, uitvoeringsorganisatie).
 * SBO and SO hold the verrekening for S(B)O pupils (shown gross, as in the annual accounts).
 */
public enum Begrotingspost {
    RIJKSBIJDRAGE_LICHT(true),
    RIJKSBIJDRAGE_ZWAAR(true),
    SUBSIDIE(true),
    OVERIGE_BATEN(true),
    REGULIER(false),
    SBO(false),
    SO(false),
    WERKGEBIEDEN(false),
    OZA(false),
    MANAGEMENT_ORGANISATIE(false),
    UITVOERINGSORGANISATIE(false),
    OVERIGE_LASTEN(false);

    private final boolean baten;

    Begrotingspost(boolean baten) {
        this.baten = baten;
    }

    public boolean isBaten() {
        return baten;
    }

    public static List<Begrotingspost> baten() {
        return Arrays.stream(values()).filter(Begrotingspost::isBaten).toList();
    }

    public static List<Begrotingspost> lasten() {
        return Arrays.stream(values()).filter(p -> !p.isBaten()).toList();
    }
}
