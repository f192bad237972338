package nl.passend.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.passend.shared.security.CurrentUser;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Decides the next stage of a UI login, in this order: the TOTP code (when the account has
 * two-factor), a new password (when someone else chose the current one), setting up two-factor
 * (when the role requires it and it is enforced), then full access.
 */
@Component
public class LoginStages {

    private final boolean require2fa;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginStages(@Value("${passend.security.require-2fa:true}") boolean require2fa) {
        this.require2fa = require2fa;
    }

    public Authentication next(CurrentUser user, Authenticator.AccountState account, boolean totpDone) {
        Authorities.LoginState state = new Authorities.LoginState(account.stamp(), totpDone);
        String stage;
        if (account.totpEnabled() && !totpDone) {
            stage = Authorities.PENDING_TOTP;
        } else if (account.mustChangePassword()) {
            stage = Authorities.PENDING_PASSWORD_CHANGE;
        } else if (mustSetUpTwoFactor(user, account.totpEnabled())) {
            stage = Authorities.PENDING_TOTP_SETUP;
        } else {
            stage = Authorities.FULL;
        }
        return Authorities.of(user, stage, state);
    }

    /** Whether this user may do nothing before setting up two-factor login (where it is enforced). */
    public boolean mustSetUpTwoFactor(CurrentUser user, boolean totpEnabled) {
        return require2fa && user.requiresTwoFactor() && !totpEnabled;
    }

    /** Whether the TOTP step was passed in the login that made this authentication. */
    public static boolean totpDone(Authentication authentication) {
        return authentication != null && authentication.getDetails() instanceof Authorities.LoginState state
                && state.totpDone();
    }

    /** Puts a new stage into the session, with a new session id (the user's privileges changed). */
    public void enter(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
