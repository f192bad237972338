package nl.passend.arrangement;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.calc.Cents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A settlement as CSV (pure): {@code ;}-separated, Dutch decimals (comma, no thousands separator),
 * CRLF; a line per arrangement, then a subtotal per begrotingspost and the total. Every text cell that
 * a spreadsheet would read as a formula (starting with = + - @ tab or CR) gets a leading apostrophe.
 */
public final class VerrekeningCsv {

    private static final DateTimeFormatter STAND = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private VerrekeningCsv() {
    }

    /** @param label the Dutch label of a message key (status, soort, post, subtotal, total) */
    public static String csv(Verrekening v, Function<String, String> label) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT).setDelimiter(';').setRecordSeparator("\r\n")
                .setHeader("bestuur", "bevoegd_gezag", "maand", "status", "stand", "beschikkingsnummer", "school",
                        "soort", "aanbieder", "start", "eind", "arrangementbedrag", "post", "maanddeel", "correctie",
                        "bedrag").get();
        String status = label.apply(v.vastgesteld() ? "verrekening.status.vastgesteld" : "verrekening.status.voorlopig");
        String stand = STAND.format(v.standLokaal());
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (VerrekeningRegel r : v.regels()) {
                csv.printRecord(cell(v.bestuurNaam()), cell(v.bevoegdGezagNummer()), v.maand(), status, stand,
                        cell(r.beschikkingsnummer()), cell(r.schoolNaam()), label.apply("verrekening.soort." + r.soort()),
                        cell(r.aanbieder()), DATUM.format(r.start()), DATUM.format(r.eind()),
                        decimal(r.arrangementBedrag()), label.apply("finance.post." + r.post()), decimal(r.maanddeel()),
                        decimal(r.correctie()), decimal(r.bedrag()));
            }
            for (Map.Entry<Begrotingspost, BigDecimal> p : v.perPost().entrySet()) {
                csv.printRecord(cell(v.bestuurNaam()), cell(v.bevoegdGezagNummer()), v.maand(), status, stand, "", "",
                        "", "", "", "", "", label.apply("finance.post." + p.getKey()), "", "",
                        decimal(p.getValue()));
            }
            csv.printRecord(cell(v.bestuurNaam()), cell(v.bevoegdGezagNummer()), v.maand(), status, stand, "", "", "",
                    "", "", "", "", label.apply("verrekening.totaal"), "", "", decimal(v.totaal()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String decimal(BigDecimal amount) {
        return Cents.of(amount).toPlainString().replace('.', ',');
    }

    /** A text cell that a spreadsheet would read as a formula gets a leading apostrophe (CSV injection). */
    public static String cell(String text) {
        if (text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
