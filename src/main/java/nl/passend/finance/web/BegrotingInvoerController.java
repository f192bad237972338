package nl.passend.finance.web;

import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingPrognoseInput;
import nl.passend.finance.BegrotingScenarioInput;
import nl.passend.finance.BegrotingService;
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

/** The assumptions of a concept begroting: forecast counts per year and scenario variants. */
@Controller
@RequestMapping("/financien/begrotingen/{id}")
class BegrotingInvoerController {

    private static final String PROGNOSE_FORM = "finance/model/prognose-form";
    private static final String SCENARIO_FORM = "finance/model/scenario-form";

    private final BegrotingService begrotingen;

    BegrotingInvoerController(BegrotingService begrotingen) {
        this.begrotingen = begrotingen;
    }

    @GetMapping("/prognoses")
    String prognoseForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        Begroting b = begrotingen.get(user, id);
        model.addAttribute("form", BegrotingPrognoseInput.of(b));
        model.addAttribute("begroting", b);
        return PROGNOSE_FORM;
    }

    @PostMapping("/prognoses")
    String setPrognoses(@PathVariable UUID id, @Valid @ModelAttribute("form") BegrotingPrognoseInput form,
                        BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                begrotingen.setPrognoses(user, id, form);
                redirect.addFlashAttribute("message", "begroting.prognose.saved");
                return "redirect:/financien/begrotingen/" + id;
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("begroting", begrotingen.get(user, id));
        return PROGNOSE_FORM;
    }

    @GetMapping("/scenarios/nieuw")
    String scenarioForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("form", new BegrotingScenarioInput());
        model.addAttribute("begroting", begrotingen.get(user, id));
        return SCENARIO_FORM;
    }

    @PostMapping("/scenarios")
    String addScenario(@PathVariable UUID id, @Valid @ModelAttribute("form") BegrotingScenarioInput form,
                       BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                begrotingen.addScenario(user, id, form);
                redirect.addFlashAttribute("message", "begroting.scenario.saved");
                return "redirect:/financien/begrotingen/" + id;
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("begroting", begrotingen.get(user, id));
        return SCENARIO_FORM;
    }

    @PostMapping("/scenarios/{scenarioId}/verwijderen")
    String removeScenario(@PathVariable UUID id, @PathVariable UUID scenarioId, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            begrotingen.removeScenario(user, id, scenarioId);
            redirect.addFlashAttribute("message", "begroting.scenario.removed");
        } catch (PassendException.Conflict e) {
            redirect.addFlashAttribute("foutKey", e.messageKey());
            redirect.addFlashAttribute("foutArgs", e.arguments());
        }
        return "redirect:/financien/begrotingen/" + id;
    }
}
