package nl.passend.finance.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.finance.Begroting;
import nl.passend.finance.BegrotingInput;
import nl.passend.finance.BegrotingService;
import nl.passend.finance.BegrotingStatus;
import nl.passend.finance.TelSoort;
import nl.passend.finance.VerdeelmodelService;
import nl.passend.finance.calc.Meerjarenbegroting;
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
 * Begrotingen: the list, starting and changing a concept, vaststellen, and the detail page with one
 * table per scenario side by side (years as columns, posts as rows). Bestuur and toezicht see
 * vastgestelde begrotingen only, as their frozen totals per post.
 */
@Controller
@RequestMapping("/financien/begrotingen")
class BegrotingController {

    private static final String FORM = "finance/model/begroting-form";

    private final BegrotingService begrotingen;
    private final VerdeelmodelService modellen;
    private final VerdeelmodelLabels labels;

    BegrotingController(BegrotingService begrotingen, VerdeelmodelService modellen, VerdeelmodelLabels labels) {
        this.begrotingen = begrotingen;
        this.modellen = modellen;
        this.labels = labels;
    }

    @GetMapping
    String list(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        model.addAttribute("begrotingen", begrotingen.list(user));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        return "finance/model/begrotingen";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("form", new BegrotingInput());
        addOptions(user, model);
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") BegrotingInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                Begroting created = begrotingen.create(user, form);
                redirect.addFlashAttribute("message", "begroting.saved");
                return "redirect:/financien/begrotingen/" + created.id();
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        addOptions(user, model);
        return FORM;
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Begroting b = begrotingen.get(user, id);
        boolean finance = user.can(Permission.FINANCE_READ);
        boolean concept = b.status() == BegrotingStatus.CONCEPT;
        model.addAttribute("begroting", b);
        model.addAttribute("finance", finance);
        model.addAttribute("telsoorten", TelSoort.values());
        model.addAttribute("canChange", concept && user.can(Permission.FINANCE_MANAGE));
        model.addAttribute("canAdopt", concept && user.can(Permission.FINANCE_ADOPT));
        if (b.status() == BegrotingStatus.VASTGESTELD) {
            model.addAttribute("vastgesteld", BegrotingTabel.of(b, b.naam()));
        }
        if (finance) {
            try {
                Meerjarenbegroting m = begrotingen.bereken(user, id);
                List<BegrotingTabel> tabellen = m.scenarios().stream().map(BegrotingTabel::of).toList();
                model.addAttribute("tabellen", tabellen);
                model.addAttribute("indexeringen", m.basis().jaren().stream()
                        .flatMap(j -> j.indexeringen().stream()).distinct().toList());
            } catch (PassendException.RuleViolation | PassendException.NotFound e) {
                model.addAttribute("berekeningFoutKey", e.messageKey());
                model.addAttribute("berekeningFoutArgs", e.arguments());
            }
        }
        return "finance/model/begroting";
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("form", BegrotingInput.of(begrotingen.get(user, id)));
        model.addAttribute("id", id);
        addOptions(user, model);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") BegrotingInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("id", id);
        if (!binding.hasErrors()) {
            try {
                begrotingen.update(user, id, form);
                redirect.addFlashAttribute("message", "begroting.saved");
                return "redirect:/financien/begrotingen/" + id;
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        addOptions(user, model);
        return FORM;
    }

    @PostMapping("/{id}/vaststelling")
    String vaststellen(@PathVariable UUID id, @RequestParam(required = false) Integer version,
                       RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            begrotingen.vaststellen(user, id, version);
            redirect.addFlashAttribute("message", "begroting.vastgesteld");
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            redirect.addFlashAttribute("foutKey", e.messageKey());
            redirect.addFlashAttribute("foutArgs", e.arguments());
        }
        return "redirect:/financien/begrotingen/" + id;
    }

    private void addOptions(CurrentUser user, Model model) {
        model.addAttribute("modelOptions", labels.modelOptions(modellen.list(user, null)));
    }
}
