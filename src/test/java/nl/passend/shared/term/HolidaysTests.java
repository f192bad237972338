package nl.passend.shared.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class HolidaysTests {

    @Test
    void computesEasterSunday() {
        assertThat(Holidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(Holidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(Holidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(Holidays.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(Holidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void easterMondayAscensionAndWhitMondayAreHolidays() {
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 5, 14))).isTrue();
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 5, 25))).isTrue();
    }

    @Test
    void goodFridayIsNoHolidayForTheAtw() {
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
    }

    @Test
    void koningsdagIsTwentySeventhOfApril() {
        assertThat(Holidays.koningsdag(2026)).isEqualTo(LocalDate.of(2026, 4, 27));
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
    }

    @Test
    void koningsdagMovesToSaturdayWhenTwentySeventhIsASunday() {
        assertThat(LocalDate.of(2031, 4, 27).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(Holidays.koningsdag(2031)).isEqualTo(LocalDate.of(2031, 4, 26));
        assertThat(Holidays.isHoliday(LocalDate.of(2031, 4, 26))).isTrue();
        assertThat(Holidays.isHoliday(LocalDate.of(2031, 4, 27))).isFalse();
    }

    @Test
    void fifthOfMayIsAHolidayEveryYear() {
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 5, 5))).isTrue();
        assertThat(Holidays.isHoliday(LocalDate.of(2027, 5, 5))).isTrue();
    }

    @Test
    void newYearAndBothChristmasDaysAreHolidays() {
        assertThat(Holidays.isHoliday(LocalDate.of(2027, 1, 1))).isTrue();
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 12, 25))).isTrue();
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 12, 26))).isTrue();
        assertThat(Holidays.isHoliday(LocalDate.of(2026, 12, 24))).isFalse();
    }

    @Test
    void weekendsAndHolidaysAreNoWorkingDays() {
        assertThat(Holidays.isWorkingDay(LocalDate.of(2026, 4, 18))).as("Saturday").isFalse();
        assertThat(Holidays.isWorkingDay(LocalDate.of(2026, 4, 19))).as("Sunday").isFalse();
        assertThat(Holidays.isWorkingDay(LocalDate.of(2026, 4, 6))).as("tweede paasdag").isFalse();
        assertThat(Holidays.isWorkingDay(LocalDate.of(2026, 4, 7))).as("Tuesday").isTrue();
    }

    @Test
    void aWorkingDayStaysPut() {
        assertThat(Holidays.nextWorkingDayIfNeeded(LocalDate.of(2026, 4, 7))).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void christmasOnAFridayMovesPastTheWeekendToMonday() {
        assertThat(LocalDate.of(2026, 12, 25).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(Holidays.nextWorkingDayIfNeeded(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
