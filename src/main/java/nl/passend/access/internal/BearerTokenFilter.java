package nl.passend.access.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer} requests. A presented token that is unknown, expired
 * or revoked is answered with 401 at once rather than treated as anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN_ID = BearerTokenFilter.class.getName() + ".tokenId";
    private final TokenService tokens;

    BearerTokenFilter(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenService.ResolvedToken> resolved = tokens.resolve(header.substring(7));
        if (resolved.isEmpty()) {
            ProblemWriter.write(response, 401, "invalid-token", "Ongeldig token",
                    "Het token is onbekend, verlopen of ingetrokken.");
            return;
        }
        AbstractAuthenticationToken authentication =
                (AbstractAuthenticationToken) Authorities.full(resolved.get().user());
        authentication.setDetails(resolved.get().tokenId());
        request.setAttribute(TOKEN_ID, resolved.get().tokenId());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
