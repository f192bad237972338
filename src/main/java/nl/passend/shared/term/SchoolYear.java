package nl.passend.shared.term;

import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * A Dutch school year (schooljaar): 1 August of {@code startYear} up to and including 31 July of
 * {@code startYear + 1}.
 *
 * <p>Legal source: Wet op het primair onderwijs (WPO) art. 1 and Wet voortgezet onderwijs 2020 art.
 * 1.1.1, definition of "schooljaar".
 */
public record SchoolYear(int startYear) {

    /** The school year that contains {@code date}. */
    public static SchoolYear of(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new SchoolYear(date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1);
    }

    /** 1 August of the start year. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    /** 31 July of the following calendar year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.JULY, 31);
    }

    public SchoolYear next() {
        return plus(1);
    }

    /** The school year {@code years} later (earlier when negative). */
    public SchoolYear plus(int years) {
        return new SchoolYear(startYear + years);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** The label used in the UI and in reports, e.g. {@code "2026-2027"}. */
    public String label() {
        return startYear + "-" + (startYear + 1);
    }
}
