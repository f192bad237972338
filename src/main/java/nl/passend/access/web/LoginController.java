package nl.passend.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.passend.access.internal.Authenticator;
import nl.passend.access.internal.Authorities;
import nl.passend.access.internal.LoginStages;
import nl.passend.access.internal.ThrottledException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The login page and the second (TOTP) step. The password step itself is Spring Security's. */
@Controller
class LoginController {

    private final Authenticator authenticator;
    private final LoginStages stages;
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

    LoginController(Authenticator authenticator, LoginStages stages) {
        this.authenticator = authenticator;
        this.stages = stages;
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
            Authenticator.LoginResult result = authenticator.verifyTotp(pending, code, request.getRemoteAddr());
            Authentication next = stages.next(result.user(), new Authenticator.AccountState(true,
                    result.mustChangePassword(), result.stamp()), true);
            stages.enter(next, request, response);
            return "redirect:" + afterLogin(next, request, response);
        } catch (ThrottledException | LockedException e) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            return "redirect:/login?" + (e instanceof LockedException ? "geblokkeerd" : "te-vaak");
        } catch (AuthenticationException e) {
            redirect.addFlashAttribute("totpError", true);
            return "redirect:/login/totp";
        }
    }

    /** The next pending page, or the page the user asked for before logging in (same site only). */
    static String afterLogin(Authentication next, HttpServletRequest request, HttpServletResponse response) {
        String pending = Authorities.pendingPage(next);
        if (pending != null) {
            return pending;
        }
        SavedRequest saved = new HttpSessionRequestCache().getRequest(request, response);
        if (saved != null) {
            new HttpSessionRequestCache().removeRequest(request, response);
            String target = saved.getRedirectUrl();
            String prefix = request.getScheme() + "://" + request.getServerName();
            if (target.startsWith(prefix)) {
                int path = target.indexOf('/', prefix.length());
                return path < 0 ? "/" : target.substring(path);
            }
        }
        return "/";
    }
}
