package nl.passend.oso;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.OuderInput;
import nl.passend.dossier.OuderRelatie;
import nl.passend.groeidocument.GroeidocumentInput;

/**
 * From OSO elements to Passend fields (pure): the preview, the pupil with its parents, and the
 * groeidocument prefill. {@code labels} gives the Dutch wording from the bundle (key, arguments).
 */
final class OsoMapping {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private OsoMapping() {
    }

    static OsoPreview preview(OsoDossier d, OsoPreview.School school, UUID bestaandeLeerlingId, boolean alreadyImported,
                              boolean volledig, boolean meerdereLeerlingen) {
        OsoDossier.Leerling l = d.leerling();
        OsoDossier.Ondersteuning o = d.ondersteuning();
        return new OsoPreview(d.sha256(), alreadyImported, bestaandeLeerlingId, volledig, d.metadata().overstap(),
                d.metadata().datum(), d.metadata().pakketnaam(), school,
                new OsoPreview.Leerling(l.voornamen(), l.roepnaam(), l.voorvoegsel(), l.achternaam(), l.geboortedatum(),
                        Geslacht.valueOf(l.geslacht()), l.groep(), l.adresGeheim(),
                        l.adresGeheim() || l.adres() == null ? null : l.adres().plaats()),
                d.verzorgers().stream().map(v -> new OsoPreview.Ouder(v.naam(), relatie(v.relatieCode()),
                        v.wettelijkVertegenwoordiger(), v.overleden(), v.adresGeheim(),
                        v.adresGeheim() || v.adres() == null ? null : v.adres().regel(), v.email(), v.telefoon())).toList(),
                new OsoPreview.Ondersteuning(
                        o.diagnoses().stream().map(x -> new OsoPreview.Diagnose(x.naam(), x.datum(), x.instantie())).toList(),
                        o.medicijngebruik(),
                        o.handelingsplannen().stream().map(h -> new OsoPreview.Handelingsplan(h.start(), h.eind(),
                                h.gerichtOp())).toList(),
                        o.opp() == null ? null : o.opp().ingang(), o.opp() == null ? null : o.opp().eind(),
                        o.tlvs().stream().map(t -> new OsoPreview.Tlv(t.beschikkingsnummer(), t.swvNummer(), t.categorie(),
                                t.ingang(), t.eind())).toList(),
                        o.arrangementen().stream().map(a -> new OsoPreview.Arrangement(a.soort(), a.beschikkingsnummer(),
                                a.kenmerk(), a.datum(), a.eind())).toList(),
                        o.verzuim() == null ? null : o.verzuim().dagdelenGeoorloofd(),
                        o.verzuim() == null ? null : o.verzuim().dagdelenOngeoorloofd()),
                d.documenten().stream().map(doc -> new OsoPreview.Bijlage(doc.bestandsnaam(), doc.omschrijving(),
                        doc.onderdeel(), doc.mimeType(), doc.leesbaar() ? doc.inhoud().length : 0,
                        OsoImportService.neemtOver(doc))).toList(),
                new OsoPreview.Inzage(d.inzage().inzage(), d.inzage().inzagedatum(), d.inzage().akkoord(),
                        d.inzage().redenNietAkkoord(), d.inzage().toestemming()), meerdereLeerlingen);
    }

    /** OSO codelijst 41 (relatie tot kind): 1 vader, 2 moeder, 3 voogd; other relations are verzorgers. */
    static OuderRelatie relatie(String code) {
        return switch (code == null ? "" : code) {
            case "1" -> OuderRelatie.VADER;
            case "2" -> OuderRelatie.MOEDER;
            case "3" -> OuderRelatie.VOOGD;
            default -> OuderRelatie.VERZORGER;
        };
    }

    /**
     * The pupil as the dossier describes it; for a known pupil its own fields are kept where the dossier
     * is silent (woonachtig, emb, groep) and parents are matched by name, so linked accounts stay and
     * parents the SWV added are not removed. Deceased verzorgers are not taken over.
     */
    static LeerlingInput leerling(OsoDossier d, UUID schoolId, Leerling bestaand) {
        LeerlingInput input = bestaand == null ? new LeerlingInput() : LeerlingInput.of(bestaand);
        OsoDossier.Leerling l = d.leerling();
        input.setVoornamen(cut(l.voornamen(), 200));
        input.setRoepnaam(cut(l.roepnaam(), 100));
        input.setVoorvoegsel(cut(l.voorvoegsel(), 30));
        input.setAchternaam(cut(l.achternaam(), 200));
        input.setGeboortedatum(l.geboortedatum());
        Geslacht geslacht = Geslacht.valueOf(l.geslacht());
        if (bestaand == null || geslacht != Geslacht.X) {
            input.setGeslacht(geslacht);
        }
        input.setSchoolId(schoolId);
        if (l.groep() != null) {
            input.setGroep(l.groep());
        }
        List<OuderInput> ouders = new ArrayList<>(input.getOuders());
        for (OsoDossier.Verzorger v : d.verzorgers()) {
            if (v.overleden() || v.naam().isBlank()) {
                continue;
            }
            OuderInput ouder = ouders.stream()
                    .filter(o -> o.getNaam() != null && o.getNaam().equalsIgnoreCase(v.naam())).findFirst()
                    .orElseGet(() -> {
                        OuderInput added = new OuderInput();
                        ouders.add(added);
                        return added;
                    });
            ouder.setNaam(cut(v.naam(), 200));
            ouder.setRelatie(relatie(v.relatieCode()));
            if (v.email() != null && v.email().length() <= 200) {
                ouder.setEmail(v.email());
            }
            if (v.telefoon() != null) {
                ouder.setTelefoon(v.telefoon());
            }
            ouder.setWettelijkVertegenwoordiger(v.wettelijkVertegenwoordiger());
        }
        input.setOuders(ouders);
        return input;
    }

    /**
     * The groeidocument with the dossier's support data in the fields that are still empty: what the
     * school wrote before is never overwritten. diagnoses and medicijngebruik -> belemmerende factoren;
     * handelingsplannen, OPP, TLV and arrangementen -> ingezet en resultaat; verzuim -> aanwezigheid;
     * overstapadvies (argumentatie, aandachtspunten) -> onderwijsbehoeften.
     */
    static GroeidocumentInput groeidocument(GroeidocumentInput huidig, OsoDossier d,
                                            BiFunction<String, Object[], String> labels) {
        OsoDossier.Ondersteuning o = d.ondersteuning();
        List<String> belemmerend = new ArrayList<>();
        for (OsoDossier.Diagnose x : o.diagnoses()) {
            belemmerend.add(labels.apply("oso.groeidocument.diagnose",
                    new Object[] {text(x.naam()), date(x.datum()), text(x.instantie())}));
        }
        if (Boolean.TRUE.equals(o.medicijngebruik())) {
            belemmerend.add(labels.apply("oso.groeidocument.medicijnen", new Object[0]));
        }
        List<String> ingezet = new ArrayList<>();
        for (OsoDossier.Handelingsplan h : o.handelingsplannen()) {
            ingezet.add(labels.apply("oso.groeidocument.handelingsplan",
                    new Object[] {date(h.start()), date(h.eind()), text(h.gerichtOp())}));
        }
        if (o.opp() != null) {
            ingezet.add(labels.apply("oso.groeidocument.opp", new Object[] {date(o.opp().ingang()), date(o.opp().eind())}));
        }
        for (OsoDossier.Tlv t : o.tlvs()) {
            ingezet.add(labels.apply("oso.groeidocument.tlv", new Object[] {text(t.beschikkingsnummer()),
                    text(t.categorie()), date(t.ingang()), date(t.eind())}));
        }
        for (OsoDossier.Arrangement a : o.arrangementen()) {
            ingezet.add(labels.apply("oso.groeidocument.arrangement", new Object[] {text(a.kenmerk()),
                    text(a.beschikkingsnummer()), date(a.datum()), date(a.eind())}));
        }
        String aanwezigheid = o.verzuim() == null ? null : labels.apply("oso.groeidocument.verzuim",
                new Object[] {number(o.verzuim().dagdelenGeoorloofd()), number(o.verzuim().dagdelenOngeoorloofd())});
        String behoeften = o.overstapAdvies() == null ? null
                : labels.apply("oso.groeidocument.overstapadvies", new Object[] {o.overstapAdvies()});
        GroeidocumentInput h = huidig == null ? GroeidocumentInput.empty() : huidig;
        return new GroeidocumentInput(h.vraagKind(), h.vraagOuders(), h.vraagSchool(), h.vraagZorgpartners(),
                h.bevorderendeFactoren(), fill(h.belemmerendeFactoren(), belemmerend),
                fill(h.onderwijsbehoeften(), behoeften == null ? List.of() : List.of(behoeften)),
                h.ondersteuningsbehoefteLeerkracht(), h.crucialeDoelen(), fill(h.ingezetEnResultaat(), ingezet),
                fill(h.aanwezigheid(), aanwezigheid == null ? List.of() : List.of(aanwezigheid)));
    }

    private static String fill(String current, List<String> lines) {
        if (current != null && !current.isBlank()) {
            return current;
        }
        return lines.isEmpty() ? current : String.join("\n", lines);
    }

    static String date(LocalDate date) {
        return date == null ? "–" : date.format(DATE);
    }

    private static String text(String s) {
        return s == null ? "–" : s;
    }

    private static String number(Integer n) {
        return n == null ? "–" : n.toString();
    }

    static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
