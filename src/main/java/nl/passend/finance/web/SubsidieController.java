package nl.passend.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.finance.SubsidieInput;
import nl.passend.finance.SubsidieService;
import nl.passend.finance.SubsidieToekenning;
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

/** Screens for the geoormerkte subsidies of a year. */
@Controller
@RequestMapping("/financien/subsidies")
class SubsidieController {

    private static final String FORM = "finance/inputs/subsidie-form";

    private final SubsidieService subsidies;
    private final Clock clock;

    SubsidieController(SubsidieService subsidies, Clock clock) {
        this.subsidies = subsidies;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer jaar, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        int year = jaar != null ? jaar : LocalDate.now(clock).getYear();
        var list = subsidies.list(user, year);
        model.addAttribute("jaar", year);
        model.addAttribute("subsidies", list);
        model.addAttribute("totaal", list.stream().map(SubsidieToekenning::bedrag)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        return "finance/inputs/subsidies";
    }

    @GetMapping("/nieuw")
    String newForm(@RequestParam(required = false) Integer jaar, Model model) {
        CurrentUsers.find().orElseThrow().require(Permission.FINANCE_MANAGE);
        SubsidieInput form = new SubsidieInput();
        form.setJaar(jaar);
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SubsidieInput form, BindingResult binding,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                SubsidieToekenning s = subsidies.create(user, form);
                redirect.addFlashAttribute("message", "subsidie.saved");
                return "redirect:/financien/subsidies?jaar=" + s.jaar();
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        return FORM;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("form", SubsidieInput.of(subsidies.get(user, id)));
        model.addAttribute("id", id);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SubsidieInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        model.addAttribute("id", id);
        if (!binding.hasErrors()) {
            try {
                SubsidieToekenning s = subsidies.update(user, id, form);
                redirect.addFlashAttribute("message", "subsidie.saved");
                return "redirect:/financien/subsidies?jaar=" + s.jaar();
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        return FORM;
    }
}
