package nl.passend.access.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import nl.passend.shared.security.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The stages of a login as authorities: {@code PENDING_TOTP} (password right, code still needed),
 * {@code PENDING_PASSWORD_CHANGE} (a password someone else chose must be replaced),
 * {@code PENDING_TOTP_SETUP} (two-factor must be set up first) and {@code AUTH_FULL}.
 */
public final class Authorities {

    public static final String FULL = "AUTH_FULL";
    public static final String PENDING_TOTP = "PENDING_TOTP";
    public static final String PENDING_PASSWORD_CHANGE = "PENDING_PASSWORD_CHANGE";
    public static final String PENDING_TOTP_SETUP = "PENDING_TOTP_SETUP";

    private Authorities() {
    }

    /**
     * Kept with a session's authentication: the account's security stamp when the session signed in,
     * and whether the TOTP step was passed in this login.
     */
    public record LoginState(int stamp, boolean totpDone) implements Serializable {
    }

    /** For bearer tokens: full access, no session state. */
    public static Authentication full(CurrentUser user) {
        return new UsernamePasswordAuthenticationToken(user, null, fullAuthorities(user));
    }

    static Authentication of(CurrentUser user, String stage, LoginState state) {
        List<GrantedAuthority> authorities = FULL.equals(stage) ? fullAuthorities(user)
                : List.of(new SimpleGrantedAuthority(stage));
        UsernamePasswordAuthenticationToken token = new UsernamePasswordAuthenticationToken(user, null, authorities);
        token.setDetails(state);
        return token;
    }

    private static List<GrantedAuthority> fullAuthorities(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(FULL));
        user.grants().forEach(g -> authorities.add(new SimpleGrantedAuthority("ROLE_" + g.role().name())));
        return authorities;
    }

    public static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> authority.equals(a.getAuthority()));
    }

    /** Where a user in a pending stage must go; null when fully signed in or not signed in. */
    public static String pendingPage(Authentication authentication) {
        if (has(authentication, PENDING_TOTP)) {
            return "/login/totp";
        }
        if (has(authentication, PENDING_PASSWORD_CHANGE)) {
            return "/account/wachtwoord";
        }
        if (has(authentication, PENDING_TOTP_SETUP)) {
            return "/account/2fa";
        }
        return null;
    }
}
