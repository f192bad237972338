package nl.passend.organisation.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import nl.passend.organisation.Leerlingtelling;
import nl.passend.organisation.LeerlingtellingFilter;
import nl.passend.organisation.LeerlingtellingInput;
import nl.passend.organisation.LeerlingtellingService;
import nl.passend.organisation.School;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.TelBron;
import nl.passend.organisation.TelStatus;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.web.FormErrors;
import nl.passend.shared.web.Option;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
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

/** Screens for the leerlingtellingen of the SWV: one teldatum at a time, with forms for the beheerder. */
@Controller
@RequestMapping("/register/leerlingtellingen")
class LeerlingtellingController {

    private static final String FORM = "organisation/leerlingtelling-form";
    private static final String LIST = "redirect:/register/leerlingtellingen";

    private final LeerlingtellingService tellingen;
    private final SchoolService scholen;
    private final MessageSource messages;

    LeerlingtellingController(LeerlingtellingService tellingen, SchoolService scholen, MessageSource messages) {
        this.tellingen = tellingen;
        this.scholen = scholen;
        this.messages = messages;
    }

    /** Without a teldatum the newest is shown, the one a beheerder is most likely working on. */
    @GetMapping
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teldatum,
                Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_READ);
        List<LocalDate> teldata = tellingen.teldata(user);
        LocalDate chosen = teldatum != null ? teldatum : teldata.stream().findFirst().orElse(null);
        Map<UUID, School> schoolById = scholen.list(user, SchoolFilter.all()).stream()
                .collect(Collectors.toMap(School::id, Function.identity()));
        List<Leerlingtelling> rows = chosen == null ? List.of()
                : tellingen.list(user, new LeerlingtellingFilter(null, chosen)).stream()
                .filter(t -> schoolById.containsKey(t.schoolId())) // a school added between the two reads
                .sorted(Comparator.comparing(t -> schoolById.get(t.schoolId()).naam()))
                .toList();
        model.addAttribute("teldata", teldata);
        model.addAttribute("teldatum", chosen);
        model.addAttribute("tellingen", rows);
        model.addAttribute("scholen", schoolById);
        model.addAttribute("totaal", rows.stream().mapToInt(Leerlingtelling::aantal).sum());
        model.addAttribute("canManage", user.can(Permission.REGISTER_MANAGE));
        return "organisation/leerlingtellingen";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("form", new LeerlingtellingInput());
        addOptions(user, model);
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") LeerlingtellingInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        if (binding.hasErrors()) {
            addOptions(user, model);
            return FORM;
        }
        try {
            tellingen.create(user, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            addOptions(user, model);
            return FORM;
        }
        return saved(form, redirect);
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("form", LeerlingtellingInput.of(tellingen.get(user, id)));
        model.addAttribute("id", id);
        addOptions(user, model);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") LeerlingtellingInput form,
                  BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("id", id);
        if (binding.hasErrors()) {
            addOptions(user, model);
            return FORM;
        }
        try {
            tellingen.update(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            addOptions(user, model);
            return FORM;
        }
        return saved(form, redirect);
    }

    /** Back to the teldatum just saved, so the beheerder sees the new count in its total. */
    private String saved(LeerlingtellingInput form, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", "register.saved");
        redirect.addAttribute("teldatum", form.getTeldatum().toString());
        return LIST;
    }

    private void addOptions(CurrentUser user, Model model) {
        model.addAttribute("schoolOptions", scholen.list(user, SchoolFilter.all()).stream()
                .map(s -> new Option(s.id().toString(), s.naam() + " (" + s.brinVestiging() + ")")).toList());
        model.addAttribute("bronOptions", Arrays.stream(TelBron.values())
                .map(b -> new Option(b.name(), text("leerlingtelling.bron." + b.name()))).toList());
        model.addAttribute("statusOptions", Arrays.stream(TelStatus.values())
                .map(s -> new Option(s.name(), text("leerlingtelling.status." + s.name()))).toList());
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
