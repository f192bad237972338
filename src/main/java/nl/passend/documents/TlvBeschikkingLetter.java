package nl.passend.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the letter with a TLV beschikking (the SWV's decision on a toelaatbaarheidsverklaring, WPO art.
 * 18a; admission WPO art. 40 for SBO, WEC art. 40 for SO) prints, rendered by the template
 * {@code documents/tlv-beschikking}. Texts are final: labels are already Dutch, names already formatted.
 * Holds pupil data, so it redacts itself in {@link #toString()}.
 *
 * @param swvNaam                    the samenwerkingsverband's name (letterhead and signature)
 * @param swvAdministratienummer     the SWV's administratienummer, e.g. {@code PO2401}
 * @param swvAdres                   street and number; may be null, as may the other contact details
 * @param beschikkingsnummer         the TLV's number, e.g. {@code PO2401-2026-0042}; null when afgewezen
 * @param besluitdatum               the date of the decision, printed as the letter's date
 * @param toegekend                  true when the TLV is granted, false when the aanvraag is afgewezen
 * @param schoolNaam                 the school that requested the TLV
 * @param ontvangendeSchoolNaam      the SBO or SO school that will admit the pupil; may be null
 * @param type                       {@code SBO} or {@code SO}
 * @param categorieLabel             the bekostigingscategorie, e.g. {@code laag (categorie 1)}; null for SBO or afgewezen
 * @param ingangsdatum               first day of validity; null when afgewezen
 * @param einddatum                  last day of validity (inclusive); null when afgewezen
 * @param motivering                 the grounds, plain text; blank lines separate paragraphs
 * @param adviseurs                  the deskundigen who advised (WPO art. 18a lid 11)
 * @param vervangtBeschikkingsnummer the number of the earlier decision this one replaces; usually null
 * @param ondertekenaar              the name of the director who signs on behalf of the bestuur
 * @param bezwaarAdres               where a bezwaarschrift goes; null for the SWV's own address
 */
public record TlvBeschikkingLetter(
        String swvNaam, String swvAdministratienummer, String swvAdres, String swvPostcode, String swvPlaats,
        String swvEmail, String swvTelefoon,
        String beschikkingsnummer, LocalDate besluitdatum, boolean toegekend,
        String leerlingNaam, LocalDate leerlingGeboortedatum, String schoolNaam, String ontvangendeSchoolNaam,
        String type, String categorieLabel, LocalDate ingangsdatum, LocalDate einddatum,
        String motivering, List<Adviseur> adviseurs, String vervangtBeschikkingsnummer,
        String ondertekenaar, String bezwaarAdres) {

    /** A deskundige who advised on the aanvraag, with the discipline as a Dutch label, e.g. {@code orthopedagoog}. */
    public record Adviseur(String naam, String discipline) {

        public Adviseur {
            Objects.requireNonNull(naam, "naam");
            Objects.requireNonNull(discipline, "discipline");
        }
    }

    public TlvBeschikkingLetter {
        Objects.requireNonNull(swvNaam, "swvNaam");
        Objects.requireNonNull(swvAdministratienummer, "swvAdministratienummer");
        Objects.requireNonNull(besluitdatum, "besluitdatum");
        Objects.requireNonNull(leerlingNaam, "leerlingNaam");
        Objects.requireNonNull(schoolNaam, "schoolNaam");
        Objects.requireNonNull(ondertekenaar, "ondertekenaar");
        if (!"SBO".equals(type) && !"SO".equals(type)) {
            throw new IllegalArgumentException("type must be SBO or SO: " + type);
        }
        if (toegekend && (beschikkingsnummer == null || ingangsdatum == null || einddatum == null)) {
            throw new IllegalArgumentException("a granted TLV needs a number and a period");
        }
        adviseurs = adviseurs == null ? List.of() : List.copyOf(adviseurs);
        motivering = motivering == null ? "" : motivering;
    }

    /**
     * The motivering as paragraphs of lines: a blank line starts a new paragraph, a single line break
     * stays a line break. The template prints each line as escaped text.
     */
    public List<List<String>> motiveringParagraphs() {
        List<List<String>> paragraphs = new ArrayList<>();
        String normalised = motivering.replace("\r\n", "\n").replace('\r', '\n').strip();
        for (String block : normalised.split("\n\\s*\n")) {
            List<String> lines = block.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (!lines.isEmpty()) {
                paragraphs.add(lines);
            }
        }
        return paragraphs;
    }

    /** The SWV's postal address on one line, e.g. {@code Stationsplein 1, 3511 ED Utrecht}, or null when unknown. */
    public String swvAddressLine() {
        String plaats = join(" ", swvPostcode, swvPlaats);
        return join(", ", swvAdres, plaats);
    }

    /** Where a bezwaarschrift goes: {@link #bezwaarAdres()} if given, else the SWV's address; may be null. */
    public String bezwaarAddressLine() {
        return bezwaarAdres != null && !bezwaarAdres.isBlank() ? bezwaarAdres.strip() : swvAddressLine();
    }

    private static String join(String separator, String... parts) {
        String joined = Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    @Override
    public String toString() {
        return "TlvBeschikkingLetter[" + (beschikkingsnummer == null ? "afgewezen" : beschikkingsnummer) + "]";
    }
}
