package nl.passend.access.internal;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Two filter chains. {@code /api/**}: stateless, bearer tokens only, errors as RFC 9457 problems.
 * Everything else: the Dutch UI with form login, CSRF protection and the two-factor steps. Only
 * the login page, static files and {@code /actuator/health} are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    /** The error pages that refusals are forwarded to; no other forward skips authorisation. */
    private static final java.util.Set<String> FORWARD_TARGETS = java.util.Set.of("/fout", "/geen-toegang");
    private static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .formLogin(f -> f.disable())
                .httpBasic(b -> b.disable())
                .logout(l -> l.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new TenantContextFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").permitAll()
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAuthority(Authorities.FULL))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> ProblemWriter.write(response, 401,
                                "unauthenticated", "Niet ingelogd", "Stuur een geldig token mee (Authorization: Bearer)."))
                        .accessDeniedHandler((request, response, ex) -> ProblemWriter.write(response, 403,
                                "forbidden", "Geen toegang", "Uw rol geeft geen toegang tot deze handeling.")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, TokenService tokens, Authenticator authenticator,
                                 @org.springframework.beans.factory.annotation.Value(
                                         "${passend.security.session-max-hours:12}") int sessionMaxHours)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(request -> request.getDispatcherType() == DispatcherType.FORWARD
                                && FORWARD_TARGETS.contains(request.getServletPath())).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/login/totp").hasAuthority(Authorities.PENDING_TOTP)
                        .requestMatchers("/account/wachtwoord")
                        .hasAnyAuthority(Authorities.PENDING_PASSWORD_CHANGE, Authorities.FULL)
                        .requestMatchers("/account/2fa").hasAnyAuthority(Authorities.PENDING_TOTP_SETUP, Authorities.FULL)
                        .anyRequest().hasAuthority(Authorities.FULL))
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ActiveAccountFilter(authenticator, java.time.Duration.ofHours(sessionMaxHours)),
                        AuthorizationFilter.class)
                .addFilterAfter(new TenantContextFilter(), AuthorizationFilter.class)
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler(successHandler()).failureHandler(failureHandler()))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?uitgelogd").deleteCookies("JSESSIONID"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(this::accessDenied))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler full = new SavedRequestAwareAuthenticationSuccessHandler();
        full.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            String pending = Authorities.pendingPage(authentication);
            if (pending != null) {
                response.sendRedirect(request.getContextPath() + pending);
            } else {
                full.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** Back to the form with the reason and the typed username (never the password). */
    private AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            String reason = exception instanceof ThrottledException ? "throttled"
                    : exception instanceof LockedException ? "locked" : "failed";
            FlashMap flash = new FlashMap();
            flash.put("loginError", reason);
            flash.put("username", request.getParameter("username"));
            new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
            response.sendRedirect(request.getContextPath() + "/login");
        };
    }

    private void accessDenied(HttpServletRequest request, HttpServletResponse response,
                              org.springframework.security.access.AccessDeniedException ex)
            throws IOException, ServletException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String pending = Authorities.pendingPage(authentication);
        if (pending != null) {
            response.sendRedirect(request.getContextPath() + pending);
        } else {
            AccessDeniedHandlerImpl forbidden = new AccessDeniedHandlerImpl();
            forbidden.setErrorPage("/geen-toegang");
            forbidden.handle(request, response, ex);
        }
    }
}
