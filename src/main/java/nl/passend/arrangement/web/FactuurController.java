package nl.passend.arrangement.web;

import java.util.List;

import jakarta.validation.Valid;

import nl.passend.arrangement.FactuurInput;
import nl.passend.arrangement.FactuurService;
import nl.passend.arrangement.FactuurSignaal;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Provider invoices: the list with signals (filter on a beschikkingsnummer or on invoices with a signal)
 * and the form to register one. An invoice with a signal is registered too, with a warning.
 */
@Controller
class FactuurController {

    private static final String PAGE = "verrekening/facturen";

    private final FactuurService facturen;

    FactuurController(FactuurService facturen) {
        this.facturen = facturen;
    }

    @GetMapping("/facturen")
    String list(@RequestParam(required = false) String nummer, @RequestParam(defaultValue = "false") boolean signalen,
                Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FACTUUR_MANAGE);
        model.addAttribute("form", new FactuurInput());
        addList(user, model, nummer, signalen);
        return PAGE;
    }

    @PostMapping("/facturen")
    String registreer(@Valid @ModelAttribute("form") FactuurInput form, BindingResult binding, Model model,
                      RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FACTUUR_MANAGE);
        if (binding.hasErrors()) {
            addList(user, model, null, false);
            return PAGE;
        }
        try {
            var factuur = facturen.registreer(user, form);
            redirect.addFlashAttribute("message", factuur.signalen().isEmpty() ? "factuur.geregistreerd"
                    : "factuur.geregistreerdMetSignaal");
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            addList(user, model, null, false);
            return PAGE;
        }
        return "redirect:/facturen";
    }

    private void addList(CurrentUser user, Model model, String nummer, boolean signalen) {
        model.addAttribute("nummer", nummer);
        model.addAttribute("alleenSignalen", signalen);
        model.addAttribute("facturen", facturen.list(user, nummer, signalen));
        model.addAttribute("soorten", List.of(FactuurSignaal.values()));
    }
}
