package nl.passend.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.passend.finance.BatenOverzicht;
import nl.passend.finance.BatenService;
import nl.passend.finance.calc.BatenCalculator;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The baten of a year, line by line with each line's rule, amount version and source, count and
 * teldatum. What the computation lacks (an amount, a count) is shown as a Dutch message, not an error page.
 */
@Controller
@RequestMapping("/financien/baten")
class BatenController {

    private static final int FIRST_YEAR = 2015;


    private final BatenService baten;
    private final Clock clock;

    BatenController(BatenService baten, Clock clock) {
        this.baten = baten;
        this.clock = clock;
    }

    /** Without a year (or from the year selector, ?jaar=), to that year's page. */
    @GetMapping
    String choose(@RequestParam(required = false) Integer jaar) {
        CurrentUsers.find().orElseThrow().require(Permission.FINANCE_READ);
        return "redirect:/financien/baten/" + (jaar != null ? jaar : LocalDate.now(clock).getYear());
    }

    @GetMapping("/{jaar}")
    String show(@PathVariable int jaar, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_READ);
        if (jaar < FIRST_YEAR || jaar > 2100) {
            throw new PassendException.NotFound("baten-jaar-onbekend");
        }
        model.addAttribute("jaar", jaar);
        model.addAttribute("jaren", years());
        model.addAttribute("teldatum", BatenCalculator.teldatum(jaar));
        model.addAttribute("groeiteldatum", BatenCalculator.groeiteldatum(jaar).orElse(null));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        try {
            BatenOverzicht overzicht = baten.overzicht(user, jaar);
            model.addAttribute("overzicht", overzicht);
            model.addAttribute("berekening", overzicht.berekening());
        } catch (PassendException.RuleViolation e) {
            model.addAttribute("foutKey", e.messageKey());
            model.addAttribute("foutArgs", e.arguments());
            model.addAttribute("opgeslagen", baten.opgeslagen(user, jaar));
        }
        return "finance/inputs/baten";
    }

    @PostMapping("/{jaar}/opslaan")
    String save(@PathVariable int jaar, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        baten.opslaan(user, jaar);
        redirect.addFlashAttribute("message", "baten.saved");
        return "redirect:/financien/baten/" + jaar;
    }

    private List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear() + 1; y >= FIRST_YEAR; y--) {
            years.add(y);
        }
        return years;
    }
}
