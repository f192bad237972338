package nl.passend.access.internal;

import java.util.ArrayList;
import java.util.List;

import nl.passend.shared.security.CurrentUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The stages of a login as authorities: {@code PENDING_TOTP} (password right, code still needed),
 * {@code PENDING_TOTP_SETUP} (staff who must first set up two-factor) and {@code AUTH_FULL}.
 */
public final class Authorities {

    public static final String FULL = "AUTH_FULL";
    public static final String PENDING_TOTP = "PENDING_TOTP";
    public static final String PENDING_TOTP_SETUP = "PENDING_TOTP_SETUP";

    private Authorities() {
    }

    public static Authentication full(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(FULL));
        user.grants().forEach(g -> authorities.add(new SimpleGrantedAuthority("ROLE_" + g.role().name())));
        return new UsernamePasswordAuthenticationToken(user, null, authorities);
    }

    public static Authentication pending(CurrentUser user, String stage) {
        return new UsernamePasswordAuthenticationToken(user, null, List.of(new SimpleGrantedAuthority(stage)));
    }

    public static boolean has(Authentication authentication, String authority) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
