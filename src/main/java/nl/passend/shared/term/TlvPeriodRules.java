package nl.passend.shared.term;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

import nl.passend.shared.PassendException.RuleViolation;

/** The checks behind {@link Terms}' TLV period methods; see there for the sources. */
final class TlvPeriodRules {

    private TlvPeriodRules() {
    }

    static void validate(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new RuleViolation("tlv-period-missing");
        }
        if (!end.isAfter(start)) {
            throw new RuleViolation("tlv-period-end-before-start");
        }
        if (end.getMonth() != Month.JULY || end.getDayOfMonth() != 31) {
            throw new RuleViolation("tlv-period-end-not-31-july");
        }
        if (end.isBefore(Terms.minimumTlvEnd(start))) {
            throw new RuleViolation("tlv-period-too-short");
        }
        if (end.isAfter(SchoolYear.of(start).plus(Terms.TLV_MAX_SCHOOL_YEARS_AFTER_START).lastDay())) {
            throw new RuleViolation("tlv-period-too-long");
        }
    }

    static int schoolYearsCovered(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " is before start " + start);
        }
        return SchoolYear.of(end).startYear() - SchoolYear.of(start).startYear() + 1;
    }

    static void validateTemporary(LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new RuleViolation("tlv-temporary-period-missing");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days < Terms.TEMPORARY_PLACEMENT_MIN_WEEKS * 7L) {
            throw new RuleViolation("tlv-temporary-too-short");
        }
        if (days > Terms.TEMPORARY_PLACEMENT_MAX_WEEKS * 7L) {
            throw new RuleViolation("tlv-temporary-too-long");
        }
    }
}
