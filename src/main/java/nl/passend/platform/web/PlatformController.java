package nl.passend.platform.web;

import jakarta.validation.Valid;

import nl.passend.organisation.SwvService;
import nl.passend.platform.TenantOnboarding;
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

/** The platform beheerder's screen: the SWVs on this installation and a form to add one. */
@Controller
@RequestMapping("/platform/samenwerkingsverbanden")
class PlatformController {

    private final SwvService swvs;
    private final TenantOnboarding onboarding;

    PlatformController(SwvService swvs, TenantOnboarding onboarding) {
        this.swvs = swvs;
        this.onboarding = onboarding;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TENANT_MANAGE);
        model.addAttribute("swvs", swvs.list(user));
        model.addAttribute("form", new OnboardingForm());
        return "platform/swvs";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OnboardingForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.TENANT_MANAGE);
        if (!binding.hasErrors()) {
            try {
                onboarding.onboard(user, form.getSwv(), form.getBeheerder());
                redirect.addFlashAttribute("message", "platform.created");
                return "redirect:/platform/samenwerkingsverbanden";
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        form.getBeheerder().setPassword(null);
        model.addAttribute("swvs", swvs.list(user));
        return "platform/swvs";
    }
}
