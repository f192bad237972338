package nl.passend.finance;

import java.math.BigDecimal;

import nl.passend.shared.PassendException;

/** The rules an amount must meet before it is stored, shared by the form check and the service. */
final class NormbedragRules {

    /** The indexation percentage must lie strictly between -100 and 100. */
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NormbedragRules() {
    }

    static boolean precise(NormbedragSoort soort, BigDecimal waarde) {
        int scale = waarde.stripTrailingZeros().scale();
        return soort.isPercentage() ? scale <= 4 : scale <= 2;
    }

    static void check(NormbedragSoort soort, Leeftijdsklasse klasse, BigDecimal waarde, String regeling,
                      String vindplaats, Object datum) {
        if (blank(regeling) || blank(vindplaats) || datum == null) {
            throw new PassendException.RuleViolation("normbedrag-bron-ontbreekt");
        }
        if (waarde == null || waarde.signum() < 0) {
            throw new PassendException.RuleViolation("normbedrag-waarde-negatief");
        }
        if (soort.isPercentage()) {
            if (waarde.compareTo(HUNDRED) >= 0 || !precise(soort, waarde)) {
                throw new PassendException.RuleViolation("normbedrag-indexatie-ongeldig");
            }
            if (klasse != Leeftijdsklasse.ALLE) {
                throw new PassendException.RuleViolation("normbedrag-indexatie-leeftijdsklasse");
            }
        } else if (!precise(soort, waarde)) {
            throw new PassendException.RuleViolation("normbedrag-waarde-geen-centen");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
