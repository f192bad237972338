package nl.passend.access.internal;

import nl.passend.shared.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login form's password step. A user with TOTP gets only {@code PENDING_TOTP}; SWV staff
 * without TOTP, where it is required, get only {@code PENDING_TOTP_SETUP}; everyone else is in.
 */
@Component
class PassendAuthenticationProvider implements AuthenticationProvider {

    private final Authenticator authenticator;
    private final boolean require2fa;

    PassendAuthenticationProvider(Authenticator authenticator,
                                  @Value("${passend.security.require-2fa:true}") boolean require2fa) {
        this.authenticator = authenticator;
        this.require2fa = require2fa;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Authenticator.LoginResult result = authenticator.authenticate(authentication.getName(),
                String.valueOf(authentication.getCredentials()), ip);
        CurrentUser user = result.user();
        if (result.totpEnabled()) {
            return Authorities.pending(user, Authorities.PENDING_TOTP);
        }
        if (require2fa && user.requiresTwoFactor()) {
            return Authorities.pending(user, Authorities.PENDING_TOTP_SETUP);
        }
        return Authorities.full(user);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
