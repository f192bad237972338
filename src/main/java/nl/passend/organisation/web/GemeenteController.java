package nl.passend.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.organisation.Gemeente;
import nl.passend.organisation.GemeenteInput;
import nl.passend.organisation.GemeenteService;
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

/** Screens for the gemeenten in the region of the SWV (beheerder). */
@Controller
@RequestMapping("/register/gemeenten")
class GemeenteController {

    private static final String FORM = "organisation/gemeente-form";
    private static final String LIST = "redirect:/register/gemeenten";

    private final GemeenteService gemeenten;

    GemeenteController(GemeenteService gemeenten) {
        this.gemeenten = gemeenten;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_READ);
        model.addAttribute("gemeenten", gemeenten.list(user));
        model.addAttribute("canManage", user.can(Permission.REGISTER_MANAGE));
        return "organisation/gemeenten";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUsers.find().orElseThrow().require(Permission.REGISTER_MANAGE);
        model.addAttribute("form", new GemeenteInput());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") GemeenteInput form, BindingResult binding,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            gemeenten.create(user, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return FORM;
        }
        redirect.addFlashAttribute("message", "register.saved");
        return LIST;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        Gemeente gemeente = gemeenten.get(user, id);
        model.addAttribute("form", GemeenteInput.of(gemeente));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") GemeenteInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("id", id);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            gemeenten.update(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return FORM;
        }
        redirect.addFlashAttribute("message", "register.saved");
        return LIST;
    }
}
