package nl.passend.finance.web;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.finance.Verdeelmodel;
import nl.passend.finance.VerdeelmodelInput;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.VerdeelmodelUitkomst;
import nl.passend.finance.VerdeelmodelVaststellingInput;
import nl.passend.organisation.BestuurService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Verdeelmodellen for finance staff: the list, a concept's name and dates, a new version, and the
 * detail page with the components and the allocation per bestuur and werkgebied. When the baten of
 * the year cannot be computed, the page says why and lets the controller try an amount by hand.
 */
@Controller
@RequestMapping("/financien/verdeelmodellen")
class VerdeelmodelController {

    private static final String FORM = "finance/model/verdeelmodel-form";

    private final VerdeelmodelService modellen;
    private final BestuurService besturen;
    private final WerkgebiedService werkgebieden;

    VerdeelmodelController(VerdeelmodelService modellen, BestuurService besturen, WerkgebiedService werkgebieden) {
        this.modellen = modellen;
        this.besturen = besturen;
        this.werkgebieden = werkgebieden;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        model.addAttribute("modellen", modellen.list(user, null));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        return "finance/model/verdeelmodellen";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUsers.find().orElseThrow().require(Permission.FINANCE_MANAGE);
        model.addAttribute("form", new VerdeelmodelInput());
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") VerdeelmodelInput form, BindingResult binding,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (binding.hasErrors()) {
            return FORM;
        }
        Verdeelmodel created;
        try {
            created = modellen.create(user, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return FORM;
        }
        redirect.addFlashAttribute("message", "verdeelmodel.saved");
        return "redirect:/financien/verdeelmodellen/" + created.id();
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) BigDecimal beschikbaar, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Verdeelmodel m = modellen.get(user, id);
        model.addAttribute("model", m);
        model.addAttribute("acties", VerdeelmodelActies.of(user, m));
        model.addAttribute("bestuurNamen", VerdeelmodelLabels.bestuurNamen(besturen.list(user)));
        model.addAttribute("werkgebiedNamen", VerdeelmodelLabels.werkgebiedNamen(werkgebieden.list(user)));
        model.addAttribute("beschikbaar", beschikbaar);
        VerdeelmodelVaststellingInput vaststelling = new VerdeelmodelVaststellingInput();
        vaststelling.setBeschikbaar(beschikbaar);
        vaststelling.setVersion(m.version());
        model.addAttribute("vaststelling", vaststelling);
        try {
            VerdeelmodelUitkomst uitkomst = modellen.uitkomst(user, id, m.status().isAdopted() ? null : beschikbaar);
            model.addAttribute("uitkomst", uitkomst);
        } catch (PassendException.RuleViolation | PassendException.NotFound e) {
            model.addAttribute("verdelingFoutKey", e.messageKey());
            model.addAttribute("verdelingFoutArgs", e.arguments());
        }
        return "finance/model/verdeelmodel";
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("form", VerdeelmodelInput.of(modellen.get(user, id)));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") VerdeelmodelInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("id", id);
        if (binding.hasErrors()) {
            return FORM;
        }
        try {
            modellen.update(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            return FORM;
        }
        redirect.addFlashAttribute("message", "verdeelmodel.saved");
        return "redirect:/financien/verdeelmodellen/" + id;
    }

    @PostMapping("/{id}/nieuwe-versie")
    String newVersion(@PathVariable UUID id, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Verdeelmodel created = modellen.newVersion(user, id);
        redirect.addFlashAttribute("message", "verdeelmodel.version.created");
        return "redirect:/financien/verdeelmodellen/" + created.id();
    }
}
