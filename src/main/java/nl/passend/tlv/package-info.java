/**
 * Toelaatbaarheidsverklaring (TLV): the SWV's decision that a pupil may attend speciaal
 * basisonderwijs or speciaal onderwijs (WPO art. 18a lid 6c, art. 40; WEC art. 40; PRODUCT.md 3.4).
 * A {@link nl.passend.tlv.TlvAanvraag} goes from the school through completeness, deskundigenadvies
 * and a {@link nl.passend.tlv.Besluit}; a granted decision creates a {@link nl.passend.tlv.Tlv} with a
 * volgnummer and an immutable beschikking (PDF). The register, herbeoordeling, terugplaatsing and
 * the retention of health data live here too. The process is described in docs/specs/tlv.md.
 */
package nl.passend.tlv;
