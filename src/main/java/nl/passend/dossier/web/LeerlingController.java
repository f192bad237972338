package nl.passend.dossier.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import nl.passend.dossier.Geslacht;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingInput;
import nl.passend.dossier.LeerlingService;
import nl.passend.dossier.OuderInput;
import nl.passend.dossier.OuderRelatie;
import nl.passend.dossier.Woonachtig;
import nl.passend.organisation.School;
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
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Finding pupils and recording them with their parents. The pupil's own page (with its TLV cases) is
 * served by the tlv module, which depends on this one (see LeerlingPageController there).
 */
@Controller
@RequestMapping("/leerlingen")
class LeerlingController {

    /** The form has rows for two parents or verzorgers (PRODUCT.md 3.2); an empty row is ignored. */
    static final int OUDER_ROWS = 2;
    private static final String FORM = "dossier/leerling-form";
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final LeerlingService leerlingen;
    private final SchoolChoices scholen;
    private final MessageSource messages;
    private final SpringValidatorAdapter validator;

    LeerlingController(LeerlingService leerlingen, SchoolChoices scholen, MessageSource messages, Validator validator) {
        this.leerlingen = leerlingen;
        this.scholen = scholen;
        this.messages = messages;
        this.validator = new SpringValidatorAdapter(validator);
    }

    /**
     * The search page. Nothing is looked up before a criterion is given (a pupil list is personal data).
     * An htmx request gets only the results; a history restore gets the whole page.
     */
    @GetMapping
    String search(@RequestParam(required = false) String naam, @RequestParam(required = false) String geboortedatum,
                  @RequestParam(required = false) UUID school,
                  @RequestHeader(value = "HX-Request", required = false) String htmx,
                  @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
                  Model model, HttpServletResponse response) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.PUPIL_READ);
        LocalDate datum = parseDate(geboortedatum);
        boolean datumOngeldig = geboortedatum != null && !geboortedatum.isBlank() && datum == null;
        boolean asked = (naam != null && !naam.isBlank()) || datum != null || school != null;
        List<Leerling> found = asked ? leerlingen.search(user, naam, datum, school) : List.of();
        model.addAttribute("leerlingen", found);
        model.addAttribute("asked", asked);
        model.addAttribute("datumOngeldig", datumOngeldig);
        model.addAttribute("limitReached", found.size() >= LeerlingService.SEARCH_LIMIT);
        model.addAttribute("naam", naam);
        model.addAttribute("geboortedatum", geboortedatum);
        model.addAttribute("school", school == null ? null : school.toString());
        model.addAttribute("schoolNamen", scholen.names(user));
        model.addAttribute("canManage", user.can(Permission.PUPIL_MANAGE));
        response.setHeader("Vary", "HX-Request");
        if (htmx != null && restore == null) {
            return "dossier/leerlingen :: resultaten";
        }
        model.addAttribute("schoolOptions", scholen.options(user, Permission.PUPIL_READ));
        return "dossier/leerlingen";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.PUPIL_MANAGE);
        LeerlingInput form = new LeerlingInput();
        List<School> own = scholen.inScope(user, Permission.PUPIL_MANAGE);
        if (own.size() == 1) {
            form.setSchoolId(own.get(0).id());
        }
        model.addAttribute("form", padOuders(form));
        addOptions(user, model);
        return FORM;
    }

    @PostMapping
    String create(@ModelAttribute("form") LeerlingInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.PUPIL_MANAGE);
        if (!validate(form, binding)) {
            return reshow(user, form, model);
        }
        Leerling created;
        try {
            created = leerlingen.create(user, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            reject(binding, e);
            return reshow(user, form, model);
        }
        redirect.addFlashAttribute("message", "leerling.saved");
        return "redirect:/leerlingen/" + created.id();
    }

    @GetMapping("/{id}/bewerken")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.PUPIL_MANAGE);
        model.addAttribute("form", padOuders(LeerlingInput.of(leerlingen.get(user, id))));
        model.addAttribute("id", id);
        addOptions(user, model);
        return FORM;
    }

    @PostMapping("/{id}/bewerken")
    String update(@PathVariable UUID id, @ModelAttribute("form") LeerlingInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.PUPIL_MANAGE);
        model.addAttribute("id", id);
        if (!validate(form, binding)) {
            return reshow(user, form, model);
        }
        try {
            leerlingen.update(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            reject(binding, e);
            return reshow(user, form, model);
        }
        redirect.addFlashAttribute("message", "leerling.saved");
        return "redirect:/leerlingen/" + id;
    }

    /**
     * Drops the parent rows left empty (so an unused second row, or a row cleared to remove a parent, is
     * not an error), then validates what is left.
     */
    private boolean validate(LeerlingInput form, BindingResult binding) {
        form.setOuders(new ArrayList<>(form.getOuders().stream().filter(o -> o != null && !isEmpty(o)).toList()));
        // Fields that could not be read (a date, a choice) keep their binding error; the rest is validated.
        validator.validate(form, binding);
        return !binding.hasErrors();
    }

    private static boolean isEmpty(OuderInput o) {
        return o.getNaam() == null && o.getEmail() == null && o.getTelefoon() == null;
    }

    private static void reject(BindingResult binding, PassendException e) {
        if ("leerling-school-not-allowed".equals(e.code())) {
            binding.rejectValue("schoolId", e.messageKey(), e.arguments(), e.code());
        } else {
            FormErrors.reject(binding, e);
        }
    }

    private String reshow(CurrentUser user, LeerlingInput form, Model model) {
        padOuders(form);
        addOptions(user, model);
        return FORM;
    }

    /** Shows at least one empty parent row, and both rows when there are fewer than two parents. */
    static LeerlingInput padOuders(LeerlingInput form) {
        List<OuderInput> ouders = new ArrayList<>(form.getOuders());
        while (ouders.size() < OUDER_ROWS) {
            OuderInput empty = new OuderInput();
            if (!ouders.isEmpty()) {
                empty.setRelatie(OuderRelatie.VADER);
            }
            ouders.add(empty);
        }
        form.setOuders(ouders);
        return form;
    }

    private void addOptions(CurrentUser user, Model model) {
        model.addAttribute("schoolOptions", scholen.options(user, Permission.PUPIL_MANAGE));
        model.addAttribute("geslachtOptions", Arrays.stream(Geslacht.values())
                .map(g -> new Option(g.name(), text("leerling.geslacht." + g.name()))).toList());
        model.addAttribute("woonachtigOptions", Arrays.stream(Woonachtig.values())
                .map(w -> new Option(w.name(), text("leerling.woonachtig." + w.name()))).toList());
        model.addAttribute("relatieOptions", Arrays.stream(OuderRelatie.values())
                .map(r -> new Option(r.name(), text("ouder.relatie." + r.name()))).toList());
    }

    /** Accepts the ISO date of a date field and the Dutch way of typing one (12-3-2016). */
    static LocalDate parseDate(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException iso) {
            try {
                return LocalDate.parse(v.replace('/', '-').replace('.', '-'), DUTCH_DATE);
            } catch (DateTimeParseException dutch) {
                return null;
            }
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
