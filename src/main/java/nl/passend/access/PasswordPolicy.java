package nl.passend.access;

/**
 * The one password rule: 12 to 128 characters (NIST SP 800-63B length, no composition rules) and not
 * the username. Forms use the constants in their Bean Validation; services call {@link #violation}.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The error code of the broken rule, or {@code null} when the password is acceptable. */
    public static String violation(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return "account-password-length";
        }
        if (password.equalsIgnoreCase(username)) {
            return "account-password-is-username";
        }
        return null;
    }
}
