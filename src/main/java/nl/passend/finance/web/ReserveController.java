package nl.passend.finance.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import nl.passend.finance.EigenVermogenInput;
import nl.passend.finance.EigenVermogenService;
import nl.passend.finance.ReserveService;
import nl.passend.finance.calc.ReserveToets;
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

/** Eigen vermogen per year and the reserve check against the signaleringswaarde and the SWV's own floor. */
@Controller
class ReserveController {

    private static final String PAGE = "finance/reports/reserve";

    private final ReserveService reserve;
    private final EigenVermogenService eigenVermogen;
    private final Clock clock;

    ReserveController(ReserveService reserve, EigenVermogenService eigenVermogen, Clock clock) {
        this.reserve = reserve;
        this.eigenVermogen = eigenVermogen;
        this.clock = clock;
    }

    /** {@code jaar} selects a recorded year to correct in the form. */
    @GetMapping("/financien/reserve")
    String show(@RequestParam(required = false) Integer jaar, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        EigenVermogenInput form = new EigenVermogenInput();
        form.setJaar(LocalDate.now(clock).getYear() - 1);
        if (jaar != null && user.can(Permission.FINANCE_MANAGE)) {
            form = eigenVermogen.find(user, jaar).map(EigenVermogenInput::of).orElse(form);
        }
        model.addAttribute("form", form);
        return page(user, model);
    }

    @PostMapping("/financien/reserve")
    String save(@Valid @ModelAttribute("form") EigenVermogenInput form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (binding.hasErrors()) {
            return page(user, model);
        }
        try {
            eigenVermogen.save(user, form);
        } catch (PassendException.RuleViolation | PassendException.Conflict e) {
            FormErrors.reject(binding, e);
            return page(user, model);
        }
        redirect.addFlashAttribute("message", "finance.reserve.saved");
        return "redirect:/financien/reserve";
    }

    private String page(CurrentUser user, Model model) {
        java.util.List<nl.passend.finance.ReserveRapport> rapporten = new java.util.ArrayList<>(reserve.alle(user));
        java.util.Collections.reverse(rapporten);
        model.addAttribute("rapporten", rapporten);
        model.addAttribute("minimum", ReserveToets.MINIMUM);
        model.addAttribute("percentage", ReserveToets.PERCENTAGE);
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        return PAGE;
    }
}
