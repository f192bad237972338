package nl.passend.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.passend.documents.TlvBeschikkingLetter.Adviseur;
import nl.passend.support.PassendIntegrationTest;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** TLV beschikkingen render to a readable, tagged Dutch PDF with embedded fonts. */
@PassendIntegrationTest
class PdfRendererIntegrationTests {

    private static final String TITLE = "Besluit toelaatbaarheidsverklaring";

    @Autowired
    PdfRenderer renderer;

    @Test
    void grantedLetterStatesTypeCategoryPeriodAdvisersAndObjectionClause() throws IOException {
        String text = textOf(render(aGrantedSoLetter("Daan heeft veel begeleiding nodig.")));

        assertThat(text).contains(
                "Besluit toelaatbaarheidsverklaring PO2401-2026-0042",
                "Aan de ouders/verzorgers van Daan Jansen",
                "en aan Basisschool De Regenboog",
                "Wij verklaren Daan Jansen toelaatbaar tot het speciaal onderwijs.",
                "laag (categorie 1)",
                "van 1 augustus 2026 tot en met 31 juli 2028",
                "geboren op 3 februari 2016",
                "12 maart 2026",
                "De Zonnebloem (SO)",
                "drs. A. de Vries, orthopedagoog",
                "J. Bakker, jeugdarts",
                "artikel 18a",
                "artikel 40 van de Wet op de expertisecentra",
                "binnen zes weken",
                "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
                "met het nummer PO2401-2026-0042",
                "uw handtekening",
                "M. de Boer",
                "pagina 1 van");
        assertThat(text).doesNotContain("Wij wijzen de aanvraag af", "Dit besluit vervangt");
    }

    @Test
    void rejectedLetterHasNoNumberNoCategoryAndNoPeriod() throws IOException {
        String text = textOf(render(aRejectedSboLetter()));

        assertThat(text).contains("Wij wijzen de aanvraag af.", "speciaal basisonderwijs",
                "het besluit van 12 maart 2026 over Sanne de Wit", "zes weken", "Landelijke Bezwaaradviescommissie",
                "artikel 40 van de WPO");
        assertThat(text).doesNotContain("tot en met", "Beschikkingsnummer", "categorie", "Wij verklaren");
    }

    @Test
    void correctionNamesTheDecisionItReplacesAndObjectionGoesToTheGivenAddress() throws IOException {
        TlvBeschikkingLetter letter = aGrantedSoLetter("Zie het deskundigenadvies.");
        letter = new TlvBeschikkingLetter(letter.swvNaam(), letter.swvAdministratienummer(), letter.swvAdres(),
                letter.swvPostcode(), letter.swvPlaats(), letter.swvEmail(), letter.swvTelefoon(), "PO2401-2026-0043",
                letter.besluitdatum(), true, letter.leerlingNaam(), letter.leerlingGeboortedatum(),
                letter.schoolNaam(), letter.ontvangendeSchoolNaam(), "SO", letter.categorieLabel(),
                letter.ingangsdatum(), letter.einddatum(), letter.motivering(), letter.adviseurs(),
                "PO2401-2026-0042", letter.ondertekenaar(), "Postbus 123, 3500 AC Utrecht");

        String text = textOf(render(letter));

        assertThat(text).contains("Dit besluit vervangt het besluit met nummer PO2401-2026-0042.",
                "bezwaar maken bij het bestuur van het samenwerkingsverband (Postbus 123, 3500 AC Utrecht)");
    }

    @Test
    void objectionFallsBackToTheSwvAddress() throws IOException {
        String text = textOf(render(aGrantedSoLetter("Motivering.")));

        assertThat(text).contains(
                "bezwaar maken bij het bestuur van het samenwerkingsverband (Stationsplein 1, 3511 ED Utrecht)");
    }

    @Test
    void motiveringIsPrintedAsTextWithItsLineBreaksNotAsMarkup() throws IOException {
        byte[] pdf = render(aGrantedSoLetter("Eerste regel <b>x</b> & meer\nTweede regel\n\nNieuwe alinea <script>y</script>"));

        String raw = rawTextOf(pdf);

        assertThat(raw).contains("Eerste regel <b>x</b> & meer").contains("Nieuwe alinea <script>y</script>");
        assertThat(raw).containsPattern("& meer\\R+Tweede regel");
    }

    @Test
    void pdfIsTaggedTitledDutchAndEmbedsItsFonts() throws IOException {
        try (PDDocument document = Loader.loadPDF(render(aGrantedSoLetter("Motivering.")))) {
            assertThat(document.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
            assertThat(document.getDocumentCatalog().getLanguage()).isIn("nl-NL", "nl");
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<PDFont> fonts = fontsOf(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void hashOfTheSameBytesIsStableLowerCaseHex() {
        byte[] pdf = render(aRejectedSboLetter());

        assertThat(Hashes.sha256(pdf)).matches("[0-9a-f]{64}").isEqualTo(Hashes.sha256(pdf.clone()));
        assertThat(Hashes.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void refusesTemplateNamesOutsideTheDocumentsFolder() {
        Map<String, Object> variables = Map.of("b", aRejectedSboLetter());

        assertThatThrownBy(() -> renderer.render("../layout", variables, TITLE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private byte[] render(TlvBeschikkingLetter letter) {
        return renderer.render("tlv-beschikking", Map.of("b", letter), TITLE);
    }

    private static String rawTextOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text with all whitespace (line wraps too) folded to single spaces. */
    private static String textOf(byte[] pdf) throws IOException {
        return rawTextOf(pdf).replaceAll("\\s+", " ");
    }

    private static List<PDFont> fontsOf(PDDocument document) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    static TlvBeschikkingLetter aGrantedSoLetter(String motivering) {
        return new TlvBeschikkingLetter("Samenwerkingsverband Passend Utrecht", "PO2401", "Stationsplein 1",
                "3511 ED", "Utrecht", "tlv@swv-utrecht.example", "030 123 45 67", "PO2401-2026-0042",
                LocalDate.of(2026, 3, 12), true, "Daan Jansen", LocalDate.of(2016, 2, 3), "Basisschool De Regenboog",
                "De Zonnebloem (SO)", "SO", "laag (categorie 1)", LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31),
                motivering, List.of(new Adviseur("drs. A. de Vries", "orthopedagoog"), new Adviseur("J. Bakker", "jeugdarts")),
                null, "M. de Boer", null);
    }

    static TlvBeschikkingLetter aRejectedSboLetter() {
        return new TlvBeschikkingLetter("Samenwerkingsverband Passend Utrecht", "PO2401", null, null, null, null, null,
                null, LocalDate.of(2026, 3, 12), false, "Sanne de Wit", LocalDate.of(2017, 5, 20), "OBS De Linde",
                null, "SBO", null, null, null,
                "De basisschool kan met een arrangement de ondersteuning bieden die Sanne nodig heeft.",
                List.of(new Adviseur("drs. A. de Vries", "orthopedagoog"), new Adviseur("K. Smit", "psycholoog")),
                null, "M. de Boer", null);
    }
}
