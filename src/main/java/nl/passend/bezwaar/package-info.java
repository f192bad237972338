/**
 * Bezwaar: the formal objection of the parents or the school board against a decision of the
 * samenwerkingsverband, for now a TLV decision (PRODUCT.md 3.5; Algemene wet bestuursrecht art. 6:4-6:11,
 * 7:10, 7:11, 7:13; WPO art. 18a lid 12). A {@link nl.passend.bezwaar.Bezwaar} records when it was
 * received and whether it was timely (with {@link nl.passend.shared.term.Terms}), goes through the
 * Landelijke Bezwaaradviescommissie TLV (doorsturen, hoorzitting, advies) and ends in a decision
 * (gegrond, ongegrond, niet-ontvankelijk) or a withdrawal; a gegrond bezwaar reopens the TLV request
 * for a new decision. The acts and their order are {@link nl.passend.bezwaar.BezwaarStatus} and
 * {@link nl.passend.bezwaar.BezwaarAct}; their deadlines go on the worklists.
 */
package nl.passend.bezwaar;
