package nl.passend.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.passend.access.internal.Authenticator;
import nl.passend.access.internal.Authorities;
import nl.passend.access.internal.ThrottledException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page and the second (TOTP) step. The password step itself is Spring Security's. */
@Controller
class LoginController {

    private final Authenticator authenticator;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    LoginController(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @GetMapping("/login")
    String login() {
        if (Authorities.has(SecurityContextHolder.getContext().getAuthentication(), Authorities.FULL)) {
            return "redirect:/";
        }
        return "access/login";
    }

    @GetMapping("/login/totp")
    String totp() {
        return "access/totp";
    }

    @PostMapping("/login/totp")
    String verifyTotp(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
                      HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser pending = CurrentUsers.find().orElseThrow();
        try {
            CurrentUser user = authenticator.verifyTotp(pending, code, request.getRemoteAddr());
            request.changeSessionId();
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(Authorities.full(user));
            SecurityContextHolder.setContext(context);
            contextRepository.saveContext(context, request, response);
            return "redirect:/";
        } catch (ThrottledException | LockedException e) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?" + (e instanceof LockedException ? "geblokkeerd" : "te-vaak");
        } catch (AuthenticationException e) {
            redirect.addFlashAttribute("totpError", true);
            return "redirect:/login/totp";
        }
    }
}
