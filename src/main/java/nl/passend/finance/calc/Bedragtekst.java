package nl.passend.finance.calc;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Dutch number formatting for derivation texts (‘€ 1.234,56’, ‘12.345’). Deterministic, no JVM default locale. */
final class Bedragtekst {

    private static final DecimalFormatSymbols NL = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private Bedragtekst() {
    }

    static String euro(BigDecimal bedrag) {
        DecimalFormat format = new DecimalFormat("#,##0.00", NL);
        format.setParseBigDecimal(true);
        return "€ " + format.format(bedrag);
    }

    static String getal(BigDecimal getal) {
        DecimalFormat format = new DecimalFormat("#,##0.####", NL);
        return format.format(getal);
    }

    static String getal(long getal) {
        return getal(BigDecimal.valueOf(getal));
    }
}
