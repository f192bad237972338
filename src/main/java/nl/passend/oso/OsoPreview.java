package nl.passend.oso;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.OuderRelatie;

/**
 * What an OSO dossier will create or update, shown before anything is stored. Secret addresses,
 * e-mail addresses and phone numbers are absent (null with a geheim flag). {@code bestaandeLeerlingId}
 * is set when the pupil is already known (confirming then updates it); {@code alreadyImported} when this
 * very document was imported before (confirming creates nothing). {@code volledig} false means the user
 * may create the pupil, parents and consent records, but not the groeidocument and concept aanvraag (a
 * medewerker of the SWV: only the school keeps the groeidocument and files the aanvraag).
 * {@code meerdereLeerlingen} true: more than one known pupil of the school has this name and date of birth
 * (twins with the same first names), so confirming creates a new pupil rather than guess.
 * Redacts itself in {@link #toString()}.
 */
public record OsoPreview(String sha256, boolean alreadyImported, UUID bestaandeLeerlingId, boolean volledig,
                         String overstap, LocalDate dossierDatum, String pakket, School school, Leerling leerling,
                         List<Ouder> ouders, Ondersteuning ondersteuning, List<Bijlage> bijlagen, Inzage inzage,
                         boolean meerdereLeerlingen) {

    public record School(UUID id, String naam, String brin, String vestigingsnummer) {
    }

    public record Leerling(String voornamen, String roepnaam, String voorvoegsel, String achternaam,
                           LocalDate geboortedatum, Geslacht geslacht, String groep, boolean adresGeheim,
                           String woonplaats) {

        public String naam() {
            return nl.passend.dossier.Leerling.volledigeNaam(roepnaam, voornamen, voorvoegsel, achternaam);
        }

        @Override
        public String toString() {
            return "Leerling[redacted]";
        }
    }

    /** A parent; overleden ones are shown but not taken over. */
    public record Ouder(String naam, OuderRelatie relatie, boolean wettelijkVertegenwoordiger, boolean overleden,
                        boolean adresGeheim, String adres, String email, String telefoon) {

        @Override
        public String toString() {
            return "Ouder[redacted]";
        }
    }

    public record Diagnose(String naam, LocalDate datum, String instantie) {
    }

    public record Handelingsplan(LocalDate start, LocalDate eind, String gerichtOp) {
    }

    public record Tlv(String beschikkingsnummer, String swvNummer, String categorie, LocalDate ingang, LocalDate eind) {
    }

    public record Arrangement(String soort, String beschikkingsnummer, String kenmerk, LocalDate datum, LocalDate eind) {
    }

    public record Ondersteuning(List<Diagnose> diagnoses, Boolean medicijngebruik, List<Handelingsplan> handelingsplannen,
                                LocalDate oppIngang, LocalDate oppEinde, List<Tlv> tlvs, List<Arrangement> arrangementen,
                                Integer verzuimGeoorloofd, Integer verzuimOngeoorloofd) {

        @Override
        public String toString() {
            return "Ondersteuning[redacted]";
        }
    }

    /** An attachment; {@code overgenomen} false when it is unreadable or of a type Passend does not keep. */
    public record Bijlage(String bestandsnaam, String omschrijving, String onderdeel, String mimeType, int grootte,
                          boolean overgenomen) {
    }

    /** The parents' inzage: Ja, Nee or Onbekend as the LAS sent it. */
    public record Inzage(Boolean ingezien, LocalDate inzagedatum, String akkoord, String redenNietAkkoord,
                         String toestemming) {

        @Override
        public String toString() {
            return "Inzage[redacted]";
        }
    }

    @Override
    public String toString() {
        return "OsoPreview[" + sha256 + "]";
    }
}
