package nl.passend.organisation;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises and checks the codes of the register as people type them: DUO administratienummer
 * ({@code PO 24-01} becomes {@code PO2401}), BRIN, vestigingsnummer, CBS gemeentecode
 * ({@code GM0361} becomes {@code 0361}), bevoegd-gezagnummer and IBAN (ISO 13616, mod 97).
 */
public final class RegisterCodes {

    public static final String ADMINISTRATIENUMMER = "^(PO|VO)[0-9]{4}$";
    public static final String BRIN = "^[0-9]{2}[A-Z]{2}$";
    public static final String VESTIGINGSNUMMER = "^[0-9]{2}$";
    public static final String CBS_CODE = "^[0-9]{4}$";
    public static final String BEVOEGD_GEZAG_NUMMER = "^[0-9]{5}$";
    private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$");

    private RegisterCodes() {
    }

    /** Removes spaces and dashes and upper-cases; {@code null} stays {@code null}. */
    public static String compact(String raw) {
        return raw == null ? null : raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    public static String administratienummer(String raw) {
        return compact(raw);
    }

    public static String cbsCode(String raw) {
        String code = compact(raw);
        return code != null && code.startsWith("GM") ? code.substring(2) : code;
    }

    /** Trims; an empty text becomes {@code null}. */
    public static String trimToNull(String raw) {
        if (raw == null) {
            return null;
        }
        String trimmed = raw.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    public static boolean isValidIban(String iban) {
        if (iban == null || !IBAN.matcher(iban).matches()) {
            return false;
        }
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        StringBuilder digits = new StringBuilder();
        for (char c : rearranged.toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }
}
