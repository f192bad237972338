package nl.passend.organisation.web;

import jakarta.validation.Valid;

import nl.passend.organisation.SwvDetailsInput;
import nl.passend.organisation.SwvService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The beheerder's screen for the own SWV: address and the sender data of its letters. */
@Controller
@RequestMapping("/register/samenwerkingsverband")
class SwvController {

    private static final String FORM = "organisation/swv-form";
    private final SwvService swvs;

    SwvController(SwvService swvs) {
        this.swvs = swvs;
    }

    @GetMapping
    String show(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        var details = swvs.details(user);
        model.addAttribute("swv", details);
        model.addAttribute("form", SwvDetailsInput.of(details));
        return FORM;
    }

    @PostMapping
    String update(@Valid @ModelAttribute("form") SwvDetailsInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        if (!binding.hasErrors()) {
            try {
                swvs.updateDetails(user, form);
                redirect.addFlashAttribute("message", "register.saved");
                return "redirect:/register/samenwerkingsverband";
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("swv", swvs.details(user));
        return FORM;
    }
}
