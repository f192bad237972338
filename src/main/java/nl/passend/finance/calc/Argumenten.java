package nl.passend.finance.calc;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.TelSoort;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The arguments of a refusal as a reader expects them in its Dutch message, on every screen and in
 * the API alike: a year without a thousands point, a date as 1-2-2025, a kind by its label (resolved
 * from the message bundle when the message is built).
 */
final class Argumenten {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d-M-yyyy");

    private Argumenten() {
    }

    static String jaar(int jaar) {
        return String.valueOf(jaar);
    }

    static String datum(LocalDate datum) {
        return datum.format(DATUM);
    }

    static DefaultMessageSourceResolvable soort(NormbedragSoort soort) {
        return label("finance.normbedrag.soort." + soort.name(), soort.name());
    }

    static DefaultMessageSourceResolvable soort(TelSoort soort) {
        return label("finance.telsoort." + soort.name(), soort.name());
    }

    private static DefaultMessageSourceResolvable label(String key, String fallback) {
        return new DefaultMessageSourceResolvable(new String[] {key}, fallback);
    }
}
