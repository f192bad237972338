package nl.passend.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import nl.passend.finance.Begrotingspost;
import nl.passend.finance.RealisatieBoeking;
import nl.passend.finance.RealisatieBoekingInput;
import nl.passend.finance.RealisatieService;
import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.FormErrors;
import nl.passend.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The realisation of a year: budget vs actual per post, trimester and month with the forecast; for
 * finance staff the bookings, and for the controller the forms to book by hand, correct a booking and
 * book a month from the verdeelmodel and the verrekening.
 */
@Controller
class RealisatieController {

    private static final String PAGE = "finance/reports/realisatie";

    private final RealisatieService realisatie;
    private final BestuurService besturen;
    private final MessageSource messages;
    private final Clock clock;

    RealisatieController(RealisatieService realisatie, BestuurService besturen, MessageSource messages, Clock clock) {
        this.realisatie = realisatie;
        this.besturen = besturen;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/financien/realisatie")
    String current() {
        return "redirect:/financien/realisatie/" + LocalDate.now(clock).getYear();
    }

    /** {@code maand}: whose bookings are listed; by default the latest month with bookings. */
    @GetMapping("/financien/realisatie/{jaar}")
    String show(@PathVariable int jaar, @RequestParam(required = false) Integer maand, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        RealisatieBoekingInput form = new RealisatieBoekingInput();
        form.setJaar(jaar);
        form.setMaand(defaultMaand(jaar));
        model.addAttribute("form", form);
        model.addAttribute("lijstMaand", maand);
        return page(user, jaar, model);
    }

    @PostMapping("/financien/realisatie/{jaar}/boekingen")
    String boek(@PathVariable int jaar, @Valid @ModelAttribute("form") RealisatieBoekingInput form, BindingResult binding,
                Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (binding.hasErrors()) {
            return page(user, jaar, model);
        }
        try {
            realisatie.boek(user, form);
        } catch (PassendException.RuleViolation | PassendException.Conflict e) {
            FormErrors.reject(binding, e);
            return page(user, jaar, model);
        }
        redirect.addFlashAttribute("message", "finance.realisatie.geboekt");
        return redirectTo(form.getJaar(), form.getMaand());
    }

    /**
     * Books the opposite of a booking and shows the month of the booking (the tegenboeking is in the same
     * month). {@code maand}, the month listed when the button was pressed, is where a refusal is shown.
     */
    @PostMapping("/financien/realisatie/{jaar}/boekingen/{id}/correctie")
    String corrigeer(@PathVariable int jaar, @PathVariable UUID id, @RequestParam(required = false) Integer maand,
                     RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            RealisatieBoeking tegenboeking = realisatie.corrigeer(user, id);
            redirect.addFlashAttribute("message", "finance.realisatie.gecorrigeerd");
            return redirectTo(tegenboeking.jaar(), tegenboeking.maand());
        } catch (PassendException.RuleViolation | PassendException.Conflict e) {
            redirect.addFlashAttribute("fout", e.messageKey());
            redirect.addFlashAttribute("foutArgs", e.arguments());
        }
        return redirectTo(jaar, maand);
    }

    @PostMapping("/financien/realisatie/{jaar}/boek-maand")
    String boekMaand(@PathVariable int jaar, @RequestParam int maand, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        try {
            realisatie.boekMaand(user, jaar, maand);
            redirect.addFlashAttribute("message", "finance.realisatie.maandGeboekt");
        } catch (PassendException.RuleViolation | PassendException.Conflict e) {
            redirect.addFlashAttribute("fout", e.messageKey());
            redirect.addFlashAttribute("foutArgs", e.arguments());
        }
        return redirectTo(jaar, maand);
    }

    /** The year's page listing the bookings of {@code maand} (the month just changed); a month out of range is left off. */
    private static String redirectTo(int jaar, Integer maand) {
        return "redirect:/financien/realisatie/" + jaar + (maand != null && maand >= 1 && maand <= 12 ? "?maand=" + maand : "");
    }

    private String page(CurrentUser user, int jaar, Model model) {
        RealisatieService.Realisatie r = realisatie.vergelijking(user, jaar);
        model.addAttribute("jaar", jaar);
        model.addAttribute("r", r);
        model.addAttribute("o", r.overzicht());
        model.addAttribute("maanden", IntStream.rangeClosed(1, 12).boxed().toList());
        boolean read = user.can(Permission.FINANCE_READ);
        boolean manage = user.can(Permission.FINANCE_MANAGE);
        model.addAttribute("canRead", read);
        model.addAttribute("canManage", manage);
        if (read) {
            List<Bestuur> b = besturen.list(user);
            Integer gevraagd = (Integer) model.getAttribute("lijstMaand");
            int lijstMaand = gevraagd != null && gevraagd >= 1 && gevraagd <= 12 ? gevraagd
                    : realisatie.laatsteGeboekteMaand(user, jaar).orElse(defaultMaand(jaar));
            model.addAttribute("lijstMaand", lijstMaand);
            model.addAttribute("boekingen", realisatie.boekingen(user, jaar, lijstMaand));
            model.addAttribute("bestuurNamen", b.stream().collect(Collectors.toMap(Bestuur::id, Bestuur::naam)));
            model.addAttribute("bestuurOptions", b.stream().map(x -> new Option(x.id().toString(), x.naam())).toList());
        }
        if (manage) {
            model.addAttribute("postOptions", Arrays.stream(Begrotingspost.values())
                    .map(p -> new Option(p.name(), label("finance.post." + p))).toList());
            model.addAttribute("betaalsoortOptions", Arrays.stream(RealisatieBoeking.Betaalsoort.values())
                    .map(s -> new Option(s.name(), label("finance.betaalsoort." + s))).toList());
            model.addAttribute("maandOptions", IntStream.rangeClosed(1, 12)
                    .mapToObj(m -> new Option(String.valueOf(m), label("finance.maand." + m))).toList());
            model.addAttribute("boekMaand", defaultMaand(jaar));
        }
        return PAGE;
    }

    private int defaultMaand(int jaar) {
        YearMonth nu = YearMonth.now(clock);
        return jaar == nu.getYear() ? nu.getMonthValue() : 1;
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
