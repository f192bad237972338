package nl.passend.finance.calc;

/**
 * The legal sources written into the derivation of every computed line ({@link BerekeningRegel#bron()}
 * and the afleiding of a begroting line). One place, so a correction of a citation is one change.
 */
public final class Bronnen {

    /** Per-pupil amounts of a year: the annual regulation, the amount version is in the line itself. */
    public static final String NORMBEDRAGEN = "Regeling bekostiging WPO en WEC van het jaar";
    /** Since 2023: calendar-year funding, teldatum 1 February of the previous year, no groeitelling. */
    public static final String BEKOSTIGING_SINDS_2023 = "WPO (Wet vereenvoudiging bekostiging po); "
            + "Besluit bekostiging WPO 2022 (Stb. 2022, 4): teldatum 1 februari van het voorgaande jaar";
    /** Before 2023: school-year funding, teldatum 1 October, groeiteldatum 1 February. */
    public static final String BEKOSTIGING_VOOR_2023 = "WPO en Bekostigingsbesluit WPO (tot 2023): "
            + "teldatum 1 oktober, groeitelling 1 februari";
    /** The deduction for this SWV's S(B)O pupils, paid by DUO directly to the S(B)O school. */
    public static final String VERREKENING = "WPO art. 121-125; WEC (verrekening ondersteuningsbekostiging S(B)O)";
    /** Before 2023: the SWV pays for SBO pupils only above 2% of its pupils. */
    public static final String TWEE_PROCENT = "WPO (tot 2023): 2%-regeling speciaal basisonderwijs";
    /** Before 2023: growth funding for S(B)O after the teldatum, paid by the SWV. */
    public static final String GROEI = "WPO/WEC (tot 2023): groeibekostiging S(B)O op de groeiteldatum 1 februari";
    /** A deduction larger than the budget is charged to the schools' lumpsum (pro rata). */
    public static final String VERREKENING_OVERSCHOT = "WPO art. 125 (te verifiëren): verrekening groter dan het "
            + "budget komt ten laste van de lumpsum van de scholen, naar rato";
    /** Earmarked subsidies, with their own accountability. */
    public static final String SUBSIDIE = "Geoormerkte subsidie";
    /** Since 2023: the SWV's own groeiregeling. */
    public static final String GROEIREGELING = "Besluit bekostiging WPO 2022 art. 20 (eigen groeiregeling)";
    /** The verdeelmodel adopted after the OPR's consent. */
    public static final String VERDEELMODEL = "Verdeelmodel (ondersteuningsplan, instemming OPR)";
    /** The reserve check. */
    public static final String SIGNALERINGSWAARDE = "Inspectie van het Onderwijs, signaleringswaarde bovenmatig "
            + "eigen vermogen samenwerkingsverbanden (Kamerbrief 2020): 3,5% van de totale baten, minimaal € 250.000";

    private Bronnen() {
    }
}
