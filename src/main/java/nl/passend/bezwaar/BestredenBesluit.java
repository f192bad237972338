package nl.passend.bezwaar;

import java.time.LocalDate;
import java.util.UUID;

import nl.passend.tlv.BesluitUitkomst;

/**
 * The bestreden besluit: the TLV decision a new bezwaar is lodged against (Awb 6:4, 6:5 lid 1 sub c),
 * as the objection form shows it, with the last day of the objection term (Awb 6:7, 6:8) and, for a
 * party filing themselves, the indiener they file as. Redacts itself in {@link #toString()}.
 */
public record BestredenBesluit(UUID besluitId, String leerlingNaam, String beschikkingsnummer, BesluitUitkomst uitkomst,
                               LocalDate besluitdatum, LocalDate verzondenOp, LocalDate termijnEinde, Indiener indiener) {

    @Override
    public String toString() {
        return "BestredenBesluit[" + besluitId + "]";
    }
}
