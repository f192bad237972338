package nl.passend.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import nl.passend.access.internal.Authenticator;
import nl.passend.access.internal.Authorities;
import nl.passend.access.internal.LoginStages;
import nl.passend.access.internal.Totp;
import nl.passend.access.internal.TwoFactorSetup;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting up two-factor login (TOTP), available to every user and required for SWV staff and the
 * platform role when {@code passend.security.require-2fa} is on. The secret lives in the session
 * until a first code proves the app has it.
 */
@Controller
class TwoFactorController {

    private static final String SECRET = TwoFactorController.class.getName() + ".secret";
    private final Totp totp;
    private final TwoFactorSetup setup;
    private final Authenticator authenticator;
    private final LoginStages stages;

    TwoFactorController(Totp totp, TwoFactorSetup setup, Authenticator authenticator, LoginStages stages) {
        this.totp = totp;
        this.setup = setup;
        this.authenticator = authenticator;
        this.stages = stages;
    }

    @GetMapping("/account/2fa")
    String show(HttpSession session, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        boolean enabled = setup.isEnabled(user);
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", Authorities.has(SecurityContextHolder.getContext().getAuthentication(),
                Authorities.PENDING_TOTP_SETUP));
        if (!enabled) {
            String secret = (String) session.getAttribute(SECRET);
            if (secret == null) {
                secret = totp.newSecret();
                session.setAttribute(SECRET, secret);
            }
            model.addAttribute("secret", secret);
            model.addAttribute("qr", totp.qrDataUri(secret, user.username()));
        }
        return "access/two-factor";
    }

    @PostMapping("/account/2fa")
    String enable(@RequestParam(defaultValue = "") String code, HttpSession session, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        String secret = (String) session.getAttribute(SECRET);
        if (!setup.enable(user, secret, code, request.getRemoteAddr())) {
            redirect.addFlashAttribute("codeError", true);
            return "redirect:/account/2fa";
        }
        session.removeAttribute(SECRET);
        Authentication next = stages.next(user, authenticator.state(user).orElseThrow(), true);
        stages.enter(next, request, response);
        redirect.addFlashAttribute("message", "twofactor.enabled");
        return "redirect:" + LoginController.afterLogin(next, request, response);
    }
}
