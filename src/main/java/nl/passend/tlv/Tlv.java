package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A granted toelaatbaarheidsverklaring as the register shows it (PRODUCT.md 3.4): beschikkingsnummer
 * (SWV number, year, volgnummer), type, category (SO only), period, status, and what follows it
 * (a renewal request or a terugplaatsing). No health details.
 */
public record Tlv(UUID id, String beschikkingsnummer, UUID leerlingId, String leerlingNaam, LocalDate geboortedatum,
                  UUID schoolId, String schoolNaam, UUID ontvangendeSchoolId, String ontvangendeSchoolNaam, TlvType type,
                  Bekostigingscategorie categorie, LocalDate ingangsdatum, LocalDate einddatum, boolean tijdelijk,
                  TlvStatus status, UUID besluitId, UUID aanvraagId, UUID vorigeTlvId, UUID verlengingAanvraagId,
                  UUID terugplaatsingId) {

    @Override
    public String toString() {
        return "Tlv[" + id + "]";
    }
}
