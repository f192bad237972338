package nl.passend.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A leerling (pupil) of the SWV's region (PRODUCT.md 3.2): names, date of birth, gender, current school
 * and groep, and the ouders/verzorgers. Never a BSN or onderwijsnummer. Redacts itself in {@link #toString()}.
 */
public record Leerling(UUID id, String voornamen, String roepnaam, String voorvoegsel, String achternaam,
                       LocalDate geboortedatum, Geslacht geslacht, UUID schoolId, String groep, Woonachtig woonachtig,
                       boolean emb, List<Ouder> ouders, int version) {

    public Leerling {
        ouders = ouders == null ? List.of() : List.copyOf(ouders);
    }

    /** The name as a letter writes it: roepnaam (or first given name), voorvoegsel, achternaam. */
    public String volledigeNaam() {
        return volledigeNaam(roepnaam, voornamen, voorvoegsel, achternaam);
    }

    /** The same name from its parts, for read models that select them (null without a pupil). */
    public static String volledigeNaam(String roepnaam, String voornamen, String voorvoegsel, String achternaam) {
        if (achternaam == null) {
            return null;
        }
        String voornaam = roepnaam != null && !roepnaam.isBlank() ? roepnaam : voornamen.split(" ")[0];
        return voornaam + " " + (voorvoegsel == null || voorvoegsel.isBlank() ? "" : voorvoegsel + " ") + achternaam;
    }

    @Override
    public String toString() {
        return "Leerling[" + id + "]";
    }
}
