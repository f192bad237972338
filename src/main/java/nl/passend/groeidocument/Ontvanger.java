package nl.passend.groeidocument;

/**
 * To whom the parents allow something to be shown: the SWV as a whole (its staff), only the consulent,
 * a deskundige, a care partner, or the school board.
 */
public enum Ontvanger {
    SWV, CONSULENT, DESKUNDIGE, ZORGPARTNER, BESTUUR
}
