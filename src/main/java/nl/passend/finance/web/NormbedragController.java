package nl.passend.finance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.finance.Leeftijdsklasse;
import nl.passend.finance.Normbedrag;
import nl.passend.finance.NormbedragCorrectieInput;
import nl.passend.finance.NormbedragInput;
import nl.passend.finance.NormbedragLading;
import nl.passend.finance.NormbedragService;
import nl.passend.finance.NormbedragSoort;
import nl.passend.finance.NormbedragStatus;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Screens for the normbedragen: the amounts of a year with their source, adding, correcting, versions. */
@Controller
@RequestMapping("/financien/normbedragen")
class NormbedragController {

    private static final String FORM = "finance/inputs/normbedrag-form";
    private static final String CORRECTION = "finance/inputs/normbedrag-correctie";

    private final NormbedragService normbedragen;
    private final MessageSource messages;
    private final Clock clock;

    NormbedragController(NormbedragService normbedragen, MessageSource messages, Clock clock) {
        this.normbedragen = normbedragen;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer jaar, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_READ);
        int year = jaar != null ? jaar : LocalDate.now(clock).getYear();
        TreeSet<Integer> jaren = new TreeSet<>(normbedragen.jaren(user));
        jaren.add(year);
        jaren.add(LocalDate.now(clock).getYear());
        jaren.add(LocalDate.now(clock).getYear() + 1);
        model.addAttribute("jaar", year);
        model.addAttribute("jaren", jaren.descendingSet());
        model.addAttribute("normbedragen", normbedragen.list(user, year));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        return "finance/inputs/normbedragen";
    }

    @GetMapping("/nieuw")
    String newForm(@RequestParam(required = false) Integer jaar, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        NormbedragInput form = new NormbedragInput();
        form.setJaar(jaar);
        model.addAttribute("form", form);
        addOptions(model);
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") NormbedragInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                Normbedrag n = normbedragen.create(user, form);
                redirect.addFlashAttribute("message", "normbedrag.saved");
                return "redirect:/financien/normbedragen?jaar=" + n.jaar();
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        addOptions(model);
        return FORM;
    }

    @GetMapping("/{id}/correctie")
    String correctionForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        Normbedrag n = normbedragen.get(user, id);
        model.addAttribute("form", NormbedragCorrectieInput.of(n));
        model.addAttribute("normbedrag", n);
        addOptions(model);
        return CORRECTION;
    }

    @PostMapping("/{id}/correctie")
    String correct(@PathVariable UUID id, @Valid @ModelAttribute("form") NormbedragCorrectieInput form,
                   BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.FINANCE_MANAGE);
        if (!binding.hasErrors()) {
            try {
                Normbedrag n = normbedragen.correct(user, id, form);
                redirect.addFlashAttribute("message", "normbedrag.corrected");
                return "redirect:/financien/normbedragen/" + n.id() + "/versies";
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("normbedrag", normbedragen.get(user, id));
        addOptions(model);
        return CORRECTION;
    }

    @GetMapping("/{id}/versies")
    String versions(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        List<Normbedrag> versies = normbedragen.versions(user, id);
        model.addAttribute("versies", versies);
        model.addAttribute("normbedrag", versies.get(versies.size() - 1));
        model.addAttribute("canManage", user.can(Permission.FINANCE_MANAGE));
        return "finance/inputs/normbedrag-versies";
    }

    @PostMapping("/publicaties")
    String load(RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        NormbedragLading lading = normbedragen.loadPublications(user);
        redirect.addFlashAttribute("message", "normbedrag.loaded");
        redirect.addFlashAttribute("lading", lading);
        return "redirect:/financien/normbedragen";
    }

    private void addOptions(Model model) {
        model.addAttribute("soortOptions", Arrays.stream(NormbedragSoort.values())
                .map(s -> new Option(s.name(), text("finance.normbedrag.soort." + s.name()))).toList());
        model.addAttribute("klasseOptions", Arrays.stream(Leeftijdsklasse.values())
                .map(k -> new Option(k.name(), text("finance.leeftijdsklasse." + k.name()))).toList());
        model.addAttribute("statusOptions", Arrays.stream(NormbedragStatus.values())
                .map(s -> new Option(s.name(), text("normbedrag.status." + s.name()))).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
