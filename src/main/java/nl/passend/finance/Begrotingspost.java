package nl.passend.finance;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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

    /** Whether the amounts hold a figure on a baten post ({@code baten} true) or on a lasten post (false). */
    public static boolean heeftPosten(Map<Begrotingspost, BigDecimal> bedragen, boolean baten) {
        return bedragen.keySet().stream().anyMatch(p -> p.isBaten() == baten);
    }

    /**
     * The total baten ({@code baten} true) or total lasten (false) of the amounts: the sum of the figures
     * on the posts of that side, 0.00 when there are none. Never baten and lasten added together.
     */
    public static BigDecimal som(Map<Begrotingspost, BigDecimal> bedragen, boolean baten) {
        return bedragen.entrySet().stream().filter(e -> e.getKey().isBaten() == baten).map(Map.Entry::getValue)
                .reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
