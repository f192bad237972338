package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A decision on a TLV request (a beschikking under the Awb): outcome, grounds, which advice it follows
 * and why it deviates, the parties' positions, dates, and the TLV and letter it produced. A correction
 * is a new Besluit that {@code vervangt} the old one.
 */
public record Besluit(UUID id, UUID aanvraagId, UUID leerlingId, BesluitUitkomst uitkomst, String motivering,
                      UUID gevolgdAdviesId, String afwijkingMotivering, boolean oudersEens,
                      boolean verwijzendeSchoolEens, Boolean ontvangendeSchoolEens, Boolean consulentEens,
                      LocalDate besluitdatum, LocalDate verzondenOp, UUID vervangtBesluitId, String beslotenDoorNaam,
                      UUID tlvId, String beschikkingsnummer, String sha256) {

    @Override
    public String toString() {
        return "Besluit[" + id + ", " + uitkomst + "]";
    }
}
