package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Terugplaatsing: the return of a pupil with an expiring (or ended) TLV to a regular school, tracked as
 * its own small case (WPO art. 40 lid 14; PRODUCT.md 3.4 "Afterwards").
 */
public record Terugplaatsing(UUID id, UUID tlvId, UUID leerlingId, UUID doelschoolId, LocalDate datum,
                             TerugplaatsingStatus status, String toelichting, int version) {

    /** The states of a terugplaatsing. */
    public enum TerugplaatsingStatus { GEPLAND, AFGEROND, GEANNULEERD }

    @Override
    public String toString() {
        return "Terugplaatsing[" + id + "]";
    }
}
