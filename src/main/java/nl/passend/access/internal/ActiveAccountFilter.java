package nl.passend.access.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an open session as soon as its account is switched off, instead of at the session's
 * timeout. (Bearer tokens are checked against the account on every request anyway.)
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final Authenticator authenticator;

    ActiveAccountFilter(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        CurrentUser user = CurrentUsers.find().orElse(null);
        HttpSession session = request.getSession(false);
        if (user != null && session != null && request.getAttribute(BearerTokenFilter.TOKEN_ID) == null
                && !authenticator.isActive(user.accountId())) {
            SecurityContextHolder.clearContext();
            session.invalidate();
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
