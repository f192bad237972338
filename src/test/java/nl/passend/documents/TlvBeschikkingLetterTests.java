package nl.passend.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The letter model splits the motivering safely, finds the objection address and hides pupil data. */
class TlvBeschikkingLetterTests {

    @Test
    void splitsMotiveringIntoParagraphsOfLines() {
        TlvBeschikkingLetter letter = PdfRendererIntegrationTests.aGrantedSoLetter(
                "  Eerste regel\r\nTweede regel\n\n\n  Nieuwe alinea  \n\n");

        assertThat(letter.motiveringParagraphs())
                .containsExactly(List.of("Eerste regel", "Tweede regel"), List.of("Nieuwe alinea"));
    }

    @Test
    void objectionGoesToTheSwvAddressUnlessAnotherIsGiven() {
        TlvBeschikkingLetter letter = PdfRendererIntegrationTests.aGrantedSoLetter("x");

        assertThat(letter.bezwaarAddressLine()).isEqualTo("Stationsplein 1, 3511 ED Utrecht");
        assertThat(PdfRendererIntegrationTests.aRejectedSboLetter().bezwaarAddressLine()).isNull();
    }

    @Test
    void redactsPupilDataInToString() {
        TlvBeschikkingLetter letter = PdfRendererIntegrationTests.aGrantedSoLetter("x");

        assertThat(letter.toString()).contains("PO2401-2026-0042").doesNotContain("Daan", "Jansen", "2016");
    }

    @Test
    void refusesAGrantedLetterWithoutNumberOrPeriod() {
        TlvBeschikkingLetter granted = PdfRendererIntegrationTests.aGrantedSoLetter("x");

        assertThatThrownBy(() -> new TlvBeschikkingLetter(granted.swvNaam(), granted.swvAdministratienummer(), null,
                null, null, null, null, null, granted.besluitdatum(), true, granted.leerlingNaam(), null,
                granted.schoolNaam(), null, "SO", null, null, null, "x", List.of(), null, granted.ondertekenaar(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
