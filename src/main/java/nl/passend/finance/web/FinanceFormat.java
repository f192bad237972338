package nl.passend.finance.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Money and percentages the Dutch way, for every finance template: {@code ${@financeFormat.euro(x)}}
 * gives ‘€ 1.234,56’ (negative: ‘€ -1.234,56’), {@code ${@financeFormat.percentage(x)}} ‘1,2695%’,
 * {@code ${@financeFormat.getal(x)}} ‘12.345’. Null gives an empty text. Amounts are shown with
 * two decimals (money is already in whole cents).
 */
@Component("financeFormat")
public class FinanceFormat {

    private static final DecimalFormatSymbols DUTCH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL"));

    private static final java.time.format.DateTimeFormatter MOMENT = java.time.format.DateTimeFormatter
            .ofPattern("d-M-uuuu HH:mm").withZone(java.time.ZoneId.of("Europe/Amsterdam"));

    public String euro(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        return "€ " + format("#,##0.00", amount);
    }

    /** A percentage with up to four decimals, without trailing zeros. */
    public String percentage(BigDecimal value) {
        return value == null ? "" : format("#,##0.####", value) + "%";
    }

    /** A whole number with thousands separators. */
    public String getal(Number value) {
        return value == null ? "" : format("#,##0", new BigDecimal(value.toString()));
    }

    /** A moment as Dutch date and time in Europe/Amsterdam: ‘22-11-2026 14:05’. */
    public String tijdstip(java.time.Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    /**
     * Lets money fields accept Dutch input: ‘1.234,56’ and ‘1234,56’ as well as ‘1234.56’. With a comma,
     * points are thousands separators; without one, a point is the decimal separator.
     */
    public static void acceptDutchDecimals(org.springframework.web.bind.WebDataBinder binder) {
        nl.passend.shared.web.DutchDecimals.register(binder);
    }

    private static String format(String pattern, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DUTCH);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }
}
