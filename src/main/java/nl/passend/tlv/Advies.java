package nl.passend.tlv;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A deskundigenadvies (WPO art. 18a lid 11): who, discipline, date, toelaatbaar or not, with type,
 * category and period, and the motivation (health data: removed after the retention term).
 */
public record Advies(UUID id, UUID aanvraagId, UUID deskundigeId, String deskundigeNaam, Discipline discipline,
                     LocalDate adviesDatum, boolean toelaatbaar, TlvType type, Bekostigingscategorie categorie,
                     LocalDate ingangsdatum, LocalDate einddatum, String motivering, boolean verwijderd) {

    @Override
    public String toString() {
        return "Advies[" + id + "]";
    }
}
