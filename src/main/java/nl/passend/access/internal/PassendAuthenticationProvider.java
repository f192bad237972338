package nl.passend.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** The login form's password step; what follows is decided by {@link LoginStages}. */
@Component
class PassendAuthenticationProvider implements AuthenticationProvider {

    private final Authenticator authenticator;
    private final LoginStages stages;

    PassendAuthenticationProvider(Authenticator authenticator, LoginStages stages) {
        this.authenticator = authenticator;
        this.stages = stages;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String ip = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        Authenticator.LoginResult result = authenticator.authenticate(authentication.getName(),
                String.valueOf(authentication.getCredentials()), ip);
        return stages.next(result.user(), new Authenticator.AccountState(result.totpEnabled(),
                result.mustChangePassword(), result.stamp()), false);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
