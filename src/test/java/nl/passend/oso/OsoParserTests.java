package nl.passend.oso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import nl.passend.shared.PassendException;

import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.Test;

/** The OSO parser: what it reads, and one refusal per rule, each with its own code. */
class OsoParserTests {

    private static final String COMPLEET = OsoFiles.ownText("dossier-compleet.xml");

    private static OsoDossier parse(String xml) {
        return OsoParser.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuses(ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOf(PassendException.RuleViolation.class)
                .extracting(e -> ((PassendException) e).code()).isEqualTo(code);
    }

    @Test
    void readsPupilParentsSchoolSupportAndAttachmentsOfACompleteDossier() {
        OsoDossier d = OsoParser.parse(OsoFiles.own("dossier-compleet.xml"));

        assertThat(d.metadata().overstap()).isEqualTo("POSWV");
        assertThat(d.school().brin()).isEqualTo("99XA");
        assertThat(d.school().vestigingscode()).isEqualTo("01");
        assertThat(d.leerling().voornamen()).isEqualTo("Fenna Maria");
        assertThat(d.leerling().achternaam()).isEqualTo("Testjansma");
        assertThat(d.leerling().geboortedatum()).isEqualTo(LocalDate.of(2016, 5, 12));
        assertThat(d.leerling().geslacht()).isEqualTo("V");
        assertThat(d.leerling().groep()).isEqualTo("groep 6b");
        assertThat(d.leerling().lasId()).isEqualTo("LAS-4711");
        assertThat(d.inzage().toestemming()).isEqualTo("Ja");
        assertThat(d.verzorgers()).hasSize(2);
        OsoDossier.Verzorger moeder = d.verzorgers().get(0);
        assertThat(moeder.naam()).isEqualTo("Ilse Testjansma");
        assertThat(moeder.telefoon()).as("secret phone number left out").isNull();
        assertThat(moeder.email()).isEqualTo("ilse@voorbeeld.invalid");
        OsoDossier.Verzorger vader = d.verzorgers().get(1);
        assertThat(vader.naam()).isEqualTo("Ruben de Testvries");
        assertThat(vader.adresGeheim()).isTrue();
        assertThat(vader.adres()).as("secret address left out").isNull();
        assertThat(vader.telefoon()).isEqualTo("0698765000");
        assertThat(d.ondersteuning().opp()).isEqualTo(new OsoDossier.Opp(LocalDate.of(2026, 1, 15),
                LocalDate.of(2027, 1, 15)));
        assertThat(d.ondersteuning().tlvs()).extracting(OsoDossier.Tlv::beschikkingsnummer).containsExactly("TLV-2024-0001");
        assertThat(d.ondersteuning().arrangementen()).extracting(OsoDossier.Arrangement::beschikkingsnummer)
                .containsExactly("ARR-2025-0007");
        assertThat(d.documenten()).extracting(OsoDossier.Document::bestandsnaam).containsExactly("opp.txt", "groepsplan.txt");
        assertThat(new String(d.documenten().get(0).inhoud(), StandardCharsets.UTF_8))
                .as("unpacked from the Base64 ZIP").startsWith("Ontwikkelingsperspectiefplan");
        assertThat(d.documenten().get(0).mimeType()).isEqualTo("text/plain");
        assertThat(d.sha256()).hasSize(64);
        assertThat(d.toString()).doesNotContain("Testjansma");
    }

    @Test
    void readsTheSharedExample() {
        OsoDossier d = OsoParser.parse(OsoFiles.sharedBytes(OsoFiles.EXAMPLE));

        assertThat(d.school().brin()).isEqualTo("00YY");
        assertThat(d.leerling().achternaam()).isEqualTo("Berg");
        assertThat(d.leerling().geslacht()).isEqualTo("M");
        assertThat(d.inzage().akkoord()).isEqualTo("Nee");
        assertThat(d.verzorgers()).hasSize(5);
        assertThat(d.verzorgers().get(1).email()).as("Tanja's secret e-mail is left out").isNull();
        assertThat(d.ondersteuning().diagnoses()).hasSize(2);
        // Some ZIPs in the example are truncated: listed, not readable.
        assertThat(d.documenten()).hasSize(14);
        assertThat(d.documenten()).filteredOn(OsoDossier.Document::leesbaar).hasSize(9)
                .allSatisfy(doc -> assertThat(doc.inhoud()).isNotEmpty());
    }

    @Test
    void refusesADossierWithABsnNamingTheElementNotItsValue() {
        assertThatThrownBy(() -> OsoParser.parse(OsoFiles.own("dossier-bsn.xml")))
                .isInstanceOf(PassendException.RuleViolation.class)
                .satisfies(e -> {
                    PassendException p = (PassendException) e;
                    assertThat(p.code()).isEqualTo("oso-verboden-gegeven");
                    assertThat(p.arguments()).containsExactly("bsn");
                    assertThat(p.getMessage()).doesNotContain("999990019");
                });
    }

    @Test
    void refusesAnOnderwijsnummerAnywhere() {
        String xml = COMPLEET.replace("<verzuim>", "<verzuim><onderwijsnummer>123456789</onderwijsnummer>");
        refuses(() -> parse(xml), "oso-verboden-gegeven");
    }

    @Test
    void refusesADossierThatIsNotWellFormed() {
        refuses(() -> OsoParser.parse(OsoFiles.own("dossier-niet-welgevormd.xml")), "oso-niet-welgevormd");
    }

    @Test
    void refusesADoctypeSoNoEntityIsEverExpanded() {
        String xxe = COMPLEET.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE dossier [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>")
                .replace("<pakketnaam>TestLAS</pakketnaam>", "<pakketnaam>&x;</pakketnaam>");
        refuses(() -> parse(xxe), "oso-niet-welgevormd");
    }

    @Test
    void refusesAnEmptyUpload() {
        refuses(() -> OsoParser.parse(new byte[0]), "oso-leeg");
    }

    @Test
    void refusesAnotherNamespace() {
        refuses(() -> parse(COMPLEET.replace("oso_gegevensset/2019/dossier", "oso_gegevensset/2018/dossier")),
                "oso-geen-dossier");
    }

    @Test
    void refusesAnotherStandaardversie() {
        refuses(() -> parse(COMPLEET.replace("<standaardversie>2019.1<", "<standaardversie>2018.1<")),
                "oso-standaardversie");
    }

    @Test
    void refusesAnotherOverdrachtsoort() {
        refuses(() -> parse(COMPLEET.replace(">swv-dossier<", ">overstapdossier<")), "oso-overdrachtsoort");
    }

    @Test
    void refusesAnOverstapOtherThanPoswvOrVoswv() {
        refuses(() -> parse(COMPLEET.replace("<overstap>POSWV</overstap>", "<overstap>POVO</overstap>")), "oso-overstap");
        refuses(() -> parse(COMPLEET.replace("<overstap>POSWV</overstap>", "")), "oso-overstap");
    }

    @Test
    void refusesAMissingRequiredPartNamingIt() {
        assertThatThrownBy(() -> parse(COMPLEET.replace("<geboortedatum>2016-05-12</geboortedatum>", "")))
                .isInstanceOf(PassendException.RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((PassendException) e).code()).isEqualTo("oso-onderdeel-ontbreekt");
                    assertThat(((PassendException) e).arguments()).containsExactly("geboortedatum");
                });
        refuses(() -> parse(COMPLEET.replace("<brincode>99XA</brincode>\n    <vestigingscode>", "<vestigingscode>")),
                "oso-onderdeel-ontbreekt");
    }

    @Test
    void refusesAnInvalidDate() {
        refuses(() -> parse(COMPLEET.replace("<opp_ingangdatum>2026-01-15<", "<opp_ingangdatum>15-01-2026<")),
                "oso-ongeldige-waarde");
    }

    @Test
    void listsAnUnreadableAttachmentWithoutItsContent() {
        OsoDossier d = parse(COMPLEET.replaceFirst("<bestandsinhoud>[^<]+<", "<bestandsinhoud>***<"));

        assertThat(d.documenten()).extracting(OsoDossier.Document::leesbaar).containsExactly(false, true);
    }
}
