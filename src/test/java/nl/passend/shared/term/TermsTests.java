package nl.passend.shared.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;

class TermsTests {

    /** A Monday; day 42 after it (13 April 2026) is an ordinary Monday, so no Atw shift. */
    private static final LocalDate SENT = LocalDate.of(2026, 3, 2);
    private static final LocalDate DAY_42 = LocalDate.of(2026, 4, 13);

    @Test
    void objectionTermEndsOnDay42WhenThatIsAWorkingDay() {
        assertThat(DAY_42.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(Holidays.isHoliday(DAY_42)).isFalse();
        assertThat(Terms.objectionTermEnd(SENT)).isEqualTo(DAY_42);
    }

    @Test
    void objectionOnDay42IsTimely() {
        assertThat(Terms.objectionTimely(SENT, DAY_42, null)).isTrue();
    }

    @Test
    void objectionOnDay43IsLate() {
        assertThat(Terms.objectionTimely(SENT, DAY_42.plusDays(1), null)).isFalse();
    }

    @Test
    void termEndingOnASaturdayMovesToMonday() {
        LocalDate sent = LocalDate.of(2026, 3, 7);
        assertThat(sent.plusDays(42).getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(Terms.objectionTermEnd(sent)).isEqualTo(LocalDate.of(2026, 4, 20));
        assertThat(Terms.objectionTimely(sent, LocalDate.of(2026, 4, 20), null)).isTrue();
    }

    @Test
    void termEndingOnWhitMondayMovesToTheNextDay() {
        LocalDate sent = LocalDate.of(2026, 4, 13);
        assertThat(sent.plusDays(42)).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(Terms.objectionTermEnd(sent)).isEqualTo(LocalDate.of(2026, 5, 26));
    }

    @Test
    void configuredTermIsUsedInsteadOfSixWeeks() {
        assertThat(Terms.objectionTermEnd(SENT, Period.ofWeeks(4))).isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void objectionPostedOnTheLastDayAndReceivedAWeekLaterIsTimely() {
        assertThat(Terms.objectionTimely(SENT, DAY_42.plusDays(7), DAY_42)).isTrue();
    }

    @Test
    void objectionPostedOnTheLastDayAndReceivedEightDaysLaterIsLate() {
        assertThat(Terms.objectionTimely(SENT, DAY_42.plusDays(8), DAY_42)).isFalse();
    }

    @Test
    void objectionPostedAfterTheLastDayIsLateEvenWhenReceivedWithinAWeek() {
        assertThat(Terms.objectionTimely(SENT, DAY_42.plusDays(2), DAY_42.plusDays(1))).isFalse();
    }

    @Test
    void objectionWithoutPostmarkReceivedAfterTheTermIsLate() {
        assertThat(Terms.objectionTimely(SENT, DAY_42.plusDays(3), null)).isFalse();
    }

    @Test
    void fileGoesToTheCommitteeWithinFourteenDays() {
        assertThat(Terms.committeeSendDeadline(LocalDate.of(2026, 4, 10))).isEqualTo(LocalDate.of(2026, 4, 24));
    }

    @Test
    void objectionDecisionIsDueTwelveWeeksAfterTheTermEnds() {
        assertThat(Terms.objectionDecisionDeadline(SENT)).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    @Test
    void objectionDecisionCountsFromTheShiftedTermEnd() {
        LocalDate sent = LocalDate.of(2026, 3, 7);
        assertThat(Terms.objectionDecisionDeadline(sent)).isEqualTo(LocalDate.of(2026, 4, 20).plusWeeks(12));
    }

    @Test
    void postponementAddsSixWeeks() {
        assertThat(Terms.objectionDecisionDeadlineExtended(LocalDate.of(2026, 7, 6)))
                .isEqualTo(LocalDate.of(2026, 8, 17));
    }

    @Test
    void tlvDecisionIsDueEightWeeksAfterReceipt() {
        assertThat(Terms.tlvDecisionDeadline(LocalDate.of(2026, 9, 1), 0)).isEqualTo(LocalDate.of(2026, 10, 27));
    }

    @Test
    void suspensionForSupplementingTheRequestPushesTheTlvDecisionBack() {
        assertThat(Terms.tlvDecisionDeadline(LocalDate.of(2026, 9, 1), 10)).isEqualTo(LocalDate.of(2026, 11, 6));
    }

    @Test
    void refusesANegativeSuspension() {
        assertThatThrownBy(() -> Terms.tlvDecisionDeadline(LocalDate.of(2026, 9, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiryIsSignalledSixMonthsBeforeTheEnd() {
        assertThat(Terms.expirySignalDate(LocalDate.of(2028, 7, 31), Terms.EXPIRY_SIGNAL_MONTHS))
                .isEqualTo(LocalDate.of(2028, 1, 31));
    }

    @Test
    void healthDataFromALeapDayAreKeptUntilTwentyEighthOfFebruary() {
        assertThat(Terms.healthDataRetentionEnd(LocalDate.of(2028, 2, 29), Terms.HEALTH_RETENTION_YEARS))
                .isEqualTo(LocalDate.of(2031, 2, 28));
    }

    @Test
    void deadlineFurtherAwayThanTheWindowIsOpen() {
        LocalDate due = LocalDate.of(2026, 6, 10);
        assertThat(Terms.stateOn(due, due.minusDays(8), 7)).isEqualTo(DeadlineState.OPEN_OK);
    }

    @Test
    void deadlineAtTheEdgeOfTheWindowIsNear() {
        LocalDate due = LocalDate.of(2026, 6, 10);
        assertThat(Terms.stateOn(due, due.minusDays(7), 7)).isEqualTo(DeadlineState.NEAR);
    }

    @Test
    void deadlineOnItsLastDayIsNearNotOverdue() {
        LocalDate due = LocalDate.of(2026, 6, 10);
        assertThat(Terms.stateOn(due, due, 7)).isEqualTo(DeadlineState.NEAR);
    }

    @Test
    void deadlineIsOverdueTheDayAfter() {
        LocalDate due = LocalDate.of(2026, 6, 10);
        assertThat(Terms.stateOn(due, due.plusDays(1), 7)).isEqualTo(DeadlineState.OVERDUE);
    }

    @Test
    void aLateObjectionsDecisionTermRunsFromItsReceipt() {
        LocalDate termEnd = Terms.objectionTermEnd(SENT);
        assertThat(Terms.objectionDecisionDeadline(SENT, termEnd)).isEqualTo(Terms.objectionDecisionDeadline(SENT));
        assertThat(Terms.objectionDecisionDeadline(SENT, termEnd.plusDays(1))).isEqualTo(termEnd.plusDays(1).plusWeeks(12));
        assertThat(Terms.objectionDecisionDeadline(SENT, SENT.plusDays(3))).isEqualTo(Terms.objectionDecisionDeadline(SENT));
    }
}
