package nl.passend.shared.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import nl.passend.shared.PassendException.RuleViolation;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class TlvPeriodTests {

    private static String codeOf(ThrowingCallable call) {
        RuleViolation violation = catchThrowableOfType(call, RuleViolation.class);
        assertThat(violation).as("a RuleViolation").isNotNull();
        return violation.code();
    }

    @Test
    void tlvFromFirstOfAugustMayEndThatSchoolYear() {
        assertThat(Terms.minimumTlvEnd(LocalDate.of(2026, 8, 1))).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void tlvFromSecondOfAugustRunsOneMoreSchoolYear() {
        assertThat(Terms.minimumTlvEnd(LocalDate.of(2026, 8, 2))).isEqualTo(LocalDate.of(2028, 7, 31));
    }

    @Test
    void tlvFromMidSchoolYearCoversTheRestPlusAFullYear() {
        assertThat(Terms.minimumTlvEnd(LocalDate.of(2027, 1, 15))).isEqualTo(LocalDate.of(2028, 7, 31));
    }

    @Test
    void tlvDecidedOnThirtyFirstOfJulyCoversTheNextSchoolYear() {
        LocalDate start = LocalDate.of(2027, 7, 31);
        assertThat(Terms.minimumTlvEnd(start)).isEqualTo(LocalDate.of(2028, 7, 31));
        assertThat(codeOf(() -> Terms.validateTlvPeriod(start, start))).isEqualTo("tlv-period-end-before-start");
        assertThatCode(() -> Terms.validateTlvPeriod(start, LocalDate.of(2028, 7, 31))).doesNotThrowAnyException();
        assertThat(Terms.schoolYearsCovered(start, LocalDate.of(2028, 7, 31))).isEqualTo(2);
    }

    @Test
    void tlvFromALeapDayEndsTheFollowingSchoolYear() {
        assertThat(Terms.minimumTlvEnd(LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2029, 7, 31));
    }

    @Test
    void acceptsTheMinimumAndAMultiYearPeriod() {
        assertThatCode(() -> Terms.validateTlvPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)))
                .doesNotThrowAnyException();
        assertThatCode(() -> Terms.validateTlvPeriod(LocalDate.of(2027, 1, 15), LocalDate.of(2030, 7, 31)))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingDate() {
        assertThat(codeOf(() -> Terms.validateTlvPeriod(null, LocalDate.of(2027, 7, 31)))).isEqualTo("tlv-period-missing");
        assertThat(codeOf(() -> Terms.validateTlvPeriod(LocalDate.of(2026, 8, 1), null))).isEqualTo("tlv-period-missing");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThat(codeOf(() -> Terms.validateTlvPeriod(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 31))))
                .isEqualTo("tlv-period-end-before-start");
    }

    @Test
    void refusesAnEndOtherThanThirtyFirstOfJuly() {
        assertThat(codeOf(() -> Terms.validateTlvPeriod(LocalDate.of(2026, 8, 2), LocalDate.of(2028, 7, 30))))
                .isEqualTo("tlv-period-end-not-31-july");
    }

    @Test
    void refusesAnEndBeforeTheMinimum() {
        assertThat(codeOf(() -> Terms.validateTlvPeriod(LocalDate.of(2026, 8, 2), LocalDate.of(2027, 7, 31))))
                .isEqualTo("tlv-period-too-short");
    }

    @Test
    void acceptsEightSchoolYearsAfterTheFirstAndRefusesNine() {
        LocalDate start = LocalDate.of(2027, 1, 15);
        assertThatCode(() -> Terms.validateTlvPeriod(start, LocalDate.of(2035, 7, 31))).doesNotThrowAnyException();
        assertThat(codeOf(() -> Terms.validateTlvPeriod(start, LocalDate.of(2036, 7, 31)))).isEqualTo("tlv-period-too-long");
    }

    @Test
    void countsAStartedSchoolYearAsOne() {
        assertThat(Terms.schoolYearsCovered(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31))).isEqualTo(1);
        assertThat(Terms.schoolYearsCovered(LocalDate.of(2026, 8, 2), LocalDate.of(2028, 7, 31))).isEqualTo(2);
        assertThat(Terms.schoolYearsCovered(LocalDate.of(2026, 8, 1), LocalDate.of(2029, 7, 31))).isEqualTo(3);
    }

    private static final LocalDate PLACEMENT_START = LocalDate.of(2026, 9, 7);

    @Test
    void temporaryPlacementOfExactlyTenWeeksIsAllowed() {
        assertThatCode(() -> Terms.validateTemporaryPlacement(PLACEMENT_START, PLACEMENT_START.plusDays(69)))
                .doesNotThrowAnyException();
    }

    @Test
    void temporaryPlacementOneDayShortOfTenWeeksIsTooShort() {
        assertThat(codeOf(() -> Terms.validateTemporaryPlacement(PLACEMENT_START, PLACEMENT_START.plusDays(68))))
                .isEqualTo("tlv-temporary-too-short");
    }

    @Test
    void temporaryPlacementOfExactlyTwentyWeeksIsAllowed() {
        assertThatCode(() -> Terms.validateTemporaryPlacement(PLACEMENT_START, PLACEMENT_START.plusDays(139)))
                .doesNotThrowAnyException();
    }

    @Test
    void temporaryPlacementOneDayOverTwentyWeeksIsTooLong() {
        assertThat(codeOf(() -> Terms.validateTemporaryPlacement(PLACEMENT_START, PLACEMENT_START.plusDays(140))))
                .isEqualTo("tlv-temporary-too-long");
    }

    @Test
    void temporaryPlacementWithoutDatesIsRefused() {
        assertThat(codeOf(() -> Terms.validateTemporaryPlacement(PLACEMENT_START, null)))
                .isEqualTo("tlv-temporary-period-missing");
    }

    @Test
    void everyRuleCodeHasADutchMessage() throws IOException {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/terms.properties")) {
            assertThat(in).as("i18n/terms.properties on the classpath").isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> codes = List.of("tlv-period-missing", "tlv-period-end-before-start", "tlv-period-end-not-31-july",
                "tlv-period-too-short", "tlv-period-too-long", "tlv-temporary-period-missing",
                "tlv-temporary-too-short", "tlv-temporary-too-long");
        for (String code : codes) {
            assertThat(messages.getProperty("error." + code)).as(code).isNotBlank();
        }
        assertThat(messages.getProperty("error.tlv-period-too-short")).contains("één");
    }
}
