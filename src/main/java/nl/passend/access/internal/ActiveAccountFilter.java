package nl.passend.access.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.passend.shared.security.CurrentUsers;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an open session as soon as its account is switched off or its security stamp changes (roles,
 * password or two-factor changed), instead of at the session's timeout; and ends any session older
 * than {@code passend.security.session-max-hours}, however active. Bearer tokens need no such
 * check: their account and roles are read on every request.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final Authenticator authenticator;
    private final Duration maxSessionAge;

    ActiveAccountFilter(Authenticator authenticator, Duration maxSessionAge) {
        this.authenticator = authenticator;
        this.maxSessionAge = maxSessionAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && authentication != null
                && authentication.getDetails() instanceof Authorities.LoginState state
                && CurrentUsers.find().isPresent()) {
            Optional<Integer> stamp = authenticator.stamp(CurrentUsers.find().get().accountId());
            boolean tooOld = System.currentTimeMillis() - session.getCreationTime() > maxSessionAge.toMillis();
            if (stamp.isEmpty() || stamp.get() != state.stamp() || tooOld) {
                SecurityContextHolder.clearContext();
                session.invalidate();
                response.sendRedirect(request.getContextPath() + "/login?opnieuw");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
