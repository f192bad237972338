package nl.passend.groeidocument;

/** What a consent is about: one attachment, the OPP's handelingsdeel (instemming, WPO art. 40a) or the groeidocument. */
public enum ToestemmingOnderwerp {
    BIJLAGE, OPP_HANDELINGSDEEL, GROEIDOCUMENT
}
