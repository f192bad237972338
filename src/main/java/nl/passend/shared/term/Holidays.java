package nl.passend.shared.term;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;

/**
 * The general holidays (algemeen erkende feestdagen) that extend a statutory term, and the
 * working-day shift that follows from them.
 *
 * <p>Legal source: Algemene termijnenwet (Atw) art. 3 lid 1 for the list of days (nieuwjaarsdag,
 * tweede paas- en pinksterdag, beide kerstdagen, hemelvaartsdag, Koningsdag and 5 mei, the latter
 * every year for the Atw); Wet viering Koningsdag for Koningsdag (27 April, or 26 April when 27 April
 * is a Sunday; this rule holds from 2014); Atw art. 1 lid 1 for the shift. Days that the minister
 * may add by decree under Atw art. 3 lid 2 are not covered, nor the two-working-day minimum of Atw
 * art. 2, which cannot bite on the multi-week terms handled here.
 */
public final class Holidays {

    private Holidays() {
    }

    /** True when {@code date} is a general holiday in the sense of Atw art. 3 lid 1. */
    public static boolean isHoliday(LocalDate date) {
        Objects.requireNonNull(date, "date");
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        return date.equals(LocalDate.of(year, Month.JANUARY, 1))
                || date.equals(easter.plusDays(1))
                || date.equals(easter.plusDays(39))
                || date.equals(easter.plusDays(50))
                || date.equals(koningsdag(year))
                || date.equals(LocalDate.of(year, Month.MAY, 5))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 25))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 26));
    }

    /** True when {@code date} is neither a Saturday, a Sunday nor a general holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The last day of a term that would end on {@code termEnd}: the date itself when it is a working
     * day, otherwise the first working day after it (Atw art. 1 lid 1).
     */
    public static LocalDate nextWorkingDayIfNeeded(LocalDate termEnd) {
        LocalDate day = Objects.requireNonNull(termEnd, "termEnd");
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** Easter Sunday (Gregorian calendar), by the Anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Koningsdag: 27 April, moved to 26 April when 27 April is a Sunday (Wet viering Koningsdag). */
    public static LocalDate koningsdag(int year) {
        LocalDate date = LocalDate.of(year, Month.APRIL, 27);
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
    }
}
