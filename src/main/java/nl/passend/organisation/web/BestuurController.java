package nl.passend.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurInput;
import nl.passend.organisation.BestuurService;
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

/** Screens for the schoolbesturen of the SWV (beheerder). */
@Controller
@RequestMapping("/register/besturen")
class BestuurController {

    private static final String FORM = "organisation/bestuur-form";
    private static final String LIST = "redirect:/register/besturen";

    private final BestuurService besturen;

    BestuurController(BestuurService besturen) {
        this.besturen = besturen;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_READ);
        model.addAttribute("besturen", besturen.list(user));
        model.addAttribute("canManage", user.can(Permission.REGISTER_MANAGE));
        return "organisation/besturen";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUsers.find().orElseThrow().require(Permission.REGISTER_MANAGE);
        model.addAttribute("form", new BestuurInput());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") BestuurInput form, BindingResult binding,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            besturen.create(user, form);
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
        Bestuur bestuur = besturen.get(user, id);
        model.addAttribute("form", BestuurInput.of(bestuur));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") BestuurInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("id", id);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            besturen.update(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return FORM;
        }
        redirect.addFlashAttribute("message", "register.saved");
        return LIST;
    }
}
