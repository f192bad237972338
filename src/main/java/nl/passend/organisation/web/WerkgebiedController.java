package nl.passend.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedInput;
import nl.passend.organisation.WerkgebiedService;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens for the werkgebieden of the SWV (beheerder). */
@Controller
@RequestMapping("/register/werkgebieden")
class WerkgebiedController {

    private final WerkgebiedService werkgebieden;

    WerkgebiedController(WerkgebiedService werkgebieden) {
        this.werkgebieden = werkgebieden;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        model.addAttribute("werkgebieden", werkgebieden.list(user));
        model.addAttribute("canManage", user.can(Permission.REGISTER_MANAGE));
        return "organisation/werkgebieden";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUsers.find().orElseThrow().require(Permission.REGISTER_MANAGE);
        model.addAttribute("form", new WerkgebiedInput());
        return "organisation/werkgebied-form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") WerkgebiedInput form, BindingResult binding,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        if (binding.hasErrors()) {
            return "organisation/werkgebied-form";
        }
        try {
            werkgebieden.create(user, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return "organisation/werkgebied-form";
        }
        redirect.addFlashAttribute("message", "register.saved");
        return "redirect:/register/werkgebieden";
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        Werkgebied werkgebied = werkgebieden.get(user, id);
        model.addAttribute("form", WerkgebiedInput.of(werkgebied));
        model.addAttribute("id", id);
        return "organisation/werkgebied-form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") WerkgebiedInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("id", id);
        if (binding.hasErrors()) {
            return "organisation/werkgebied-form";
        }
        try {
            werkgebieden.update(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return "organisation/werkgebied-form";
        }
        redirect.addFlashAttribute("message", "register.saved");
        return "redirect:/register/werkgebieden";
    }
}
