package nl.passend.shared.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SchoolYearTests {

    @Test
    void firstOfAugustStartsANewSchoolYear() {
        assertThat(SchoolYear.of(LocalDate.of(2026, 8, 1))).isEqualTo(new SchoolYear(2026));
    }

    @Test
    void thirtyFirstOfJulyBelongsToTheSchoolYearThatStartedTheAugustBefore() {
        assertThat(SchoolYear.of(LocalDate.of(2027, 7, 31))).isEqualTo(new SchoolYear(2026));
    }

    @Test
    void januaryBelongsToTheSchoolYearThatStartedTheYearBefore() {
        assertThat(SchoolYear.of(LocalDate.of(2027, 1, 15))).isEqualTo(new SchoolYear(2026));
    }

    @Test
    void runsFromFirstOfAugustToThirtyFirstOfJuly() {
        SchoolYear year = new SchoolYear(2026);
        assertThat(year.firstDay()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2027, 7, 31));
    }

    @Test
    void containsBothEndsButNotTheDaysAround() {
        SchoolYear year = new SchoolYear(2026);
        assertThat(year.contains(LocalDate.of(2026, 8, 1))).isTrue();
        assertThat(year.contains(LocalDate.of(2027, 7, 31))).isTrue();
        assertThat(year.contains(LocalDate.of(2026, 7, 31))).isFalse();
        assertThat(year.contains(LocalDate.of(2027, 8, 1))).isFalse();
    }

    @Test
    void stepsForwardAndBackward() {
        SchoolYear year = new SchoolYear(2026);
        assertThat(year.next()).isEqualTo(new SchoolYear(2027));
        assertThat(year.plus(3)).isEqualTo(new SchoolYear(2029));
        assertThat(year.plus(-1)).isEqualTo(new SchoolYear(2025));
    }

    @Test
    void isLabelledWithBothCalendarYears() {
        assertThat(new SchoolYear(2026).label()).isEqualTo("2026-2027");
    }
}
