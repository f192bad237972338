package nl.passend.arrangement;

/** The outcome of the decision on an aanvraag extra ondersteuning; each carries its grounds. */
public enum BesluitUitkomst {
    TOEGEKEND, AFGEWEZEN, AANGEHOUDEN
}
