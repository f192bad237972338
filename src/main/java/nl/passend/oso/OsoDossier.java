package nl.passend.oso;

import java.time.LocalDate;
import java.util.List;

/**
 * An OSO ‘aanvraag SWV-dossier’ as read by {@link OsoParser}: only the parts Passend uses, already
 * checked. Never holds a bsn or onderwijsnummer (the parser refuses a dossier that carries one).
 * Redacts itself in {@link #toString()}.
 */
record OsoDossier(String sha256, Metadata metadata, Inzage inzage, SchoolRef school, Leerling leerling,
                  List<Verzorger> verzorgers, Ondersteuning ondersteuning, List<Document> documenten) {

    OsoDossier {
        verzorgers = List.copyOf(verzorgers);
        documenten = List.copyOf(documenten);
    }

    /** metadata: sending package, date, standard version and kind of transfer (POSWV or VOSWV). */
    record Metadata(String pakketnaam, LocalDate datum, String standaardversie, String overstap) {
    }

    /** inzage: whether the parents saw the dossier, agree with its content and consent to the transfer. */
    record Inzage(boolean voorlopig, Boolean inzage, LocalDate inzagedatum, String akkoord, String redenNietAkkoord,
                  String toestemming) {

        static final Inzage NONE = new Inzage(false, null, null, null, null, null);

        @Override
        public String toString() {
            return "Inzage[redacted]";
        }
    }

    /** The sending school: huidigeschool brincode + vestigingscode. */
    record SchoolRef(String brin, String vestigingscode, String naam) {
    }

    /** An address; shown only when it is not secret. */
    record Adres(String straat, String nummer, String toevoeging, String postcode, String plaats) {

        String regel() {
            return (straat + " " + nummer + (toevoeging == null ? "" : toevoeging) + ", "
                    + (postcode == null ? "" : postcode + " ") + plaats).trim();
        }

        @Override
        public String toString() {
            return "Adres[redacted]";
        }
    }

    /** The pupil; {@code lasId} is the school's own pupil number (leerlingid), not a national identifier. */
    record Leerling(String voornamen, String roepnaam, String voorvoegsel, String achternaam, LocalDate geboortedatum,
                    String geslacht, String groep, String lasId, boolean adresGeheim, Adres adres) {

        @Override
        public String toString() {
            return "Leerling[redacted]";
        }
    }

    /** An ouder/verzorger. Secret e-mail addresses and phone numbers are left out when read. */
    record Verzorger(String naam, String relatieCode, boolean wettelijkVertegenwoordiger, boolean overleden,
                     boolean adresGeheim, Adres adres, String email, String telefoon) {

        @Override
        public String toString() {
            return "Verzorger[redacted]";
        }
    }

    /** onderwijsondersteuning and verzuim: the support data an aanvraag starts from. */
    record Ondersteuning(List<Diagnose> diagnoses, Boolean medicijngebruik, List<Handelingsplan> handelingsplannen,
                         Opp opp, List<Tlv> tlvs, List<Arrangement> arrangementen, Verzuim verzuim,
                         String overstapAdvies) {

        Ondersteuning {
            diagnoses = List.copyOf(diagnoses);
            handelingsplannen = List.copyOf(handelingsplannen);
            tlvs = List.copyOf(tlvs);
            arrangementen = List.copyOf(arrangementen);
        }

        @Override
        public String toString() {
            return "Ondersteuning[redacted]";
        }
    }

    record Diagnose(String naam, LocalDate datum, String instantie) {
    }

    record Handelingsplan(LocalDate start, LocalDate eind, String gerichtOp) {
    }

    record Opp(LocalDate ingang, LocalDate eind) {
    }

    record Tlv(LocalDate ingang, LocalDate eind, String swvNummer, String categorie, String beschikkingsnummer) {
    }

    /** arrangement_pao or arrangement_cluster12 (soort says which). */
    record Arrangement(String soort, LocalDate datum, LocalDate eind, String kenmerk, String beschikkingsnummer) {
    }

    record Verzuim(Integer dagdelenGeoorloofd, Integer dagdelenOngeoorloofd, Boolean contactLeerplicht) {
    }

    /**
     * An attached document (bestandsinhoud is a Base64 ZIP; {@code inhoud} is the unpacked file, null
     * when it could not be read: such a document is listed but not stored).
     */
    record Document(String bestandsnaam, String omschrijving, String onderdeel, String mimeType, byte[] inhoud) {

        boolean leesbaar() {
            return inhoud != null;
        }

        @Override
        public String toString() {
            return "Document[" + onderdeel + "]";
        }
    }

    @Override
    public String toString() {
        return "OsoDossier[" + sha256 + "]";
    }
}
