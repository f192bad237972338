package nl.passend.tlv;

/**
 * An aggregate of the TLV register: how many pupils held a valid TLV of a type (and, for SO, a
 * bekostigingscategorie) on a date, split by age on that date (younger than 8 / 8 or older, the age
 * bands some years' regelingen use). Counts only: no pupil leaves the tlv module.
 */
public record TlvAantal(TlvType type, Bekostigingscategorie categorie, int jongerDan8, int achtOfOuder) {

    public int totaal() {
        return jongerDan8 + achtOfOuder;
    }
}
