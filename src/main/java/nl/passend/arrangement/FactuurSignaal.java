package nl.passend.arrangement;

/** A mismatch between a provider's invoice and the arrangement it names. */
public enum FactuurSignaal {
    /** No arrangement of this SWV has the beschikkingsnummer on the invoice. */
    ONBEKEND_NUMMER,
    /** With this invoice, the invoices of the arrangement add up to more than its bedrag. */
    BOVEN_BESLUIT,
    /** The invoiced period lies (partly) outside the arrangement's start and end (or its closing date). */
    BUITEN_PERIODE
}
