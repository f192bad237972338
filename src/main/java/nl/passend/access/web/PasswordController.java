package nl.passend.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import nl.passend.access.PasswordPolicy;
import nl.passend.access.internal.Authenticator;
import nl.passend.access.internal.Authorities;
import nl.passend.access.internal.LoginStages;
import nl.passend.access.internal.OwnPassword;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing one's own password: any time from the menu, and required at the first login after a
 * beheerder (or the platform) chose the password.
 */
@Controller
@RequestMapping("/account/wachtwoord")
class PasswordController {

    private static final String FORM = "access/password";
    private final Authenticator authenticator;
    private final OwnPassword ownPassword;
    private final LoginStages stages;

    PasswordController(Authenticator authenticator, OwnPassword ownPassword, LoginStages stages) {
        this.authenticator = authenticator;
        this.ownPassword = ownPassword;
        this.stages = stages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("required", required());
        return FORM;
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, Model model,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (!binding.hasFieldErrors("huidig") && !authenticator.isCurrentPassword(user, form.getHuidig())) {
            binding.rejectValue("huidig", "password.current.wrong");
        }
        if (!binding.hasFieldErrors("nieuw")) {
            String violation = PasswordPolicy.violation(user.username(), form.getNieuw());
            if (violation != null) {
                binding.rejectValue("nieuw", "error." + violation);
            } else if (form.getNieuw().equals(form.getHuidig())) {
                binding.rejectValue("nieuw", "password.new.same");
            } else if (!form.getNieuw().equals(form.getHerhaling())) {
                binding.rejectValue("herhaling", "password.repeat.different");
            }
        }
        if (binding.hasErrors()) {
            form.clear();
            model.addAttribute("required", required());
            return FORM;
        }
        ownPassword.change(user, form.getNieuw(), request.getRemoteAddr());
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        Authentication next = stages.next(user, authenticator.state(user).orElseThrow(), LoginStages.totpDone(current));
        stages.enter(next, request, response);
        redirect.addFlashAttribute("message", "password.changed");
        return "redirect:" + LoginController.afterLogin(next, request, response);
    }

    private static boolean required() {
        return Authorities.has(SecurityContextHolder.getContext().getAuthentication(),
                Authorities.PENDING_PASSWORD_CHANGE);
    }
}
