package nl.passend.access.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import nl.passend.access.internal.Authenticator;
import nl.passend.access.internal.LoginStages;
import nl.passend.access.internal.ThrottledException;
import nl.passend.access.internal.TokenService;
import nl.passend.audit.AuditLog;
import nl.passend.organisation.Swv;
import nl.passend.organisation.SwvService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.RoleGrant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Bearer tokens for integration clients, and who the token belongs to. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Toegang", description = "Tokens en de eigen gebruiker")
class TokenApiController {

    private final Authenticator authenticator;
    private final TokenService tokens;
    private final SwvService swvs;
    private final AuditLog audit;
    private final LoginStages stages;

    TokenApiController(Authenticator authenticator, TokenService tokens, SwvService swvs, AuditLog audit,
                       LoginStages stages) {
        this.audit = audit;
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.swvs = swvs;
        this.stages = stages;
    }

    /** The token as returned once; only its hash is stored. */
    record TokenResponse(String token, String tokenType, Instant expiresAt) {
        @Override
        public String toString() {
            return "TokenResponse[expires " + expiresAt + "]";
        }
    }

    record MeResponse(UUID id, String username, String displayName, TenantView tenant, List<RoleView> roles) {
    }

    record TenantView(UUID id, String naam, String administratienummer) {
    }

    record RoleView(String role, String scopeType, UUID scopeId) {
        static RoleView of(RoleGrant grant) {
            return new RoleView(grant.role().name(), grant.scopeType().name(), grant.scopeId());
        }
    }

    @Operation(summary = "Vraag een token aan met HTTP Basic (gebruikersnaam en wachtwoord) en, bij "
            + "tweestapsverificatie, de header X-TOTP")
    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    TokenResponse issue(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                        @RequestHeader(value = "X-TOTP", required = false) String totpCode,
                        HttpServletRequest request) {
        String[] credentials = basic(authorization);
        String ip = request.getRemoteAddr();
        try {
            Authenticator.LoginResult result = authenticator.authenticate(credentials[0], credentials[1], ip);
            CurrentUser user = result.user();
            if (result.totpEnabled()) {
                if (totpCode == null || totpCode.isBlank()) {
                    throw new PassendException.Unauthenticated("totp-required");
                }
                user = authenticator.verifyTotp(user, totpCode, ip).user();
            } else if (stages.mustSetUpTwoFactor(user, false)) {
                throw new PassendException.Forbidden("two-factor-required");
            }
            if (result.mustChangePassword()) {
                throw new PassendException.Forbidden("password-change-required");
            }
            TokenService.IssuedToken issued = tokens.issue(user);
            audit.recordLogin(user.swvId(), user.accountId(), user.username(), "token.issue",
                    AuditLog.Outcome.SUCCESS, ip);
            return new TokenResponse(issued.token(), "Bearer", issued.expiresAt());
        } catch (ThrottledException e) {
            throw new PassendException.TooManyAttempts();
        } catch (LockedException e) {
            throw new PassendException.Unauthenticated("account-locked");
        } catch (AuthenticationException e) {
            throw new PassendException.Unauthenticated("bad-credentials");
        }
    }

    @Operation(summary = "Trek het token van dit verzoek in")
    @DeleteMapping("/tokens/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(HttpServletRequest request) {
        Object tokenId = request.getAttribute(nl.passend.access.internal.TokenRequest.TOKEN_ID);
        if (!(tokenId instanceof UUID id)) {
            throw new PassendException.RuleViolation("token-not-bearer");
        }
        tokens.revoke(id);
        CurrentUser user = CurrentUsers.find().orElseThrow();
        audit.recordLogin(user.swvId(), user.accountId(), user.username(), "token.revoke", AuditLog.Outcome.SUCCESS,
                request.getRemoteAddr());
    }

    @Operation(summary = "De gebruiker van dit token: account, samenwerkingsverband en rollen")
    @GetMapping("/me")
    MeResponse me() {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        TenantView tenant = user.tenant().flatMap(swvs::find)
                .map((Swv s) -> new TenantView(s.id(), s.naam(), s.administratienummer())).orElse(null);
        return new MeResponse(user.accountId(), user.username(), user.displayName(), tenant,
                user.grants().stream().map(RoleView::of).toList());
    }

    private static String[] basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new PassendException.Unauthenticated("unauthenticated");
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                throw new PassendException.Unauthenticated("unauthenticated");
            }
            return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw new PassendException.Unauthenticated("unauthenticated");
        }
    }
}
