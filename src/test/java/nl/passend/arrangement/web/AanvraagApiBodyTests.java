package nl.passend.arrangement.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The API's request bodies with free text about a pupil keep that text out of their toString (logs). */
class AanvraagApiBodyTests {

    private static final String TEKST = "Daan slaapt slecht sinds de scheiding";

    @Test
    void requestBodiesWithFreeTextDoNotShowItInToString() {
        assertThat(new OndersteuningsaanvraagApiController.TextBody(TEKST, 3).toString()).doesNotContain(TEKST)
                .contains("3");
        assertThat(new OndersteuningsaanvraagApiController.SupplementBody(TEKST, UUID.randomUUID(), 4).toString())
                .doesNotContain(TEKST);
        assertThat(new OndersteuningsaanvraagApiController.HoldBody(TEKST, LocalDate.of(2027, 1, 4), 5).toString())
                .doesNotContain(TEKST);
        assertThat(new OndersteuningsaanvraagApiController.FiatBody(false, TEKST, 6).toString()).doesNotContain(TEKST);
    }
}
