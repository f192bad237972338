package nl.passend.organisation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import nl.passend.organisation.Bestuur;
import nl.passend.organisation.BestuurService;
import nl.passend.organisation.Gemeente;
import nl.passend.organisation.GemeenteService;
import nl.passend.organisation.SchoolFilter;
import nl.passend.organisation.SchoolInput;
import nl.passend.organisation.SchoolService;
import nl.passend.organisation.SchoolSoort;
import nl.passend.organisation.Werkgebied;
import nl.passend.organisation.WerkgebiedService;
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

/** Screens for the scholen of the SWV: a filtered list for every register reader, forms for the beheerder. */
@Controller
@RequestMapping("/register/scholen")
class SchoolController {

    private static final String FORM = "organisation/school-form";
    private static final String LIST = "redirect:/register/scholen";

    private final SchoolService scholen;
    private final BestuurService besturen;
    private final WerkgebiedService werkgebieden;
    private final GemeenteService gemeenten;
    private final MessageSource messages;

    SchoolController(SchoolService scholen, BestuurService besturen, WerkgebiedService werkgebieden,
                     GemeenteService gemeenten, MessageSource messages) {
        this.scholen = scholen;
        this.besturen = besturen;
        this.werkgebieden = werkgebieden;
        this.gemeenten = gemeenten;
        this.messages = messages;
    }

    /** Parameter names match the API's school filter, so a filtered URL reads the same in both. */
    @GetMapping
    String list(@RequestParam(required = false) SchoolSoort soort, @RequestParam(required = false) UUID bestuur,
                @RequestParam(required = false) UUID werkgebied, @RequestParam(required = false) UUID gemeente,
                Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_READ);
        SchoolFilter filter = new SchoolFilter(soort, bestuur, werkgebied, gemeente);
        model.addAttribute("scholen", scholen.list(user, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("canManage", user.can(Permission.REGISTER_MANAGE));
        List<Bestuur> b = besturen.list(user);
        List<Werkgebied> w = werkgebieden.list(user);
        List<Gemeente> g = gemeenten.list(user);
        addOptions(model, b, w, g);
        // The table shows names, not ids; the same lists that fill the filter give them.
        model.addAttribute("bestuurNamen", names(b, Bestuur::id, Bestuur::naam));
        model.addAttribute("werkgebiedNamen", names(w, Werkgebied::id, Werkgebied::naam));
        model.addAttribute("gemeenteNamen", names(g, Gemeente::id, Gemeente::naam));
        return "organisation/scholen";
    }

    @GetMapping("/nieuw")
    String newForm(Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("form", new SchoolInput());
        addOptions(user, model);
        return FORM;
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") SchoolInput form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        if (binding.hasErrors()) {
            addOptions(user, model);
            return FORM;
        }
        try {
            scholen.create(user, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            addOptions(user, model);
            return FORM;
        }
        redirect.addFlashAttribute("message", "register.saved");
        return LIST;
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("form", SchoolInput.of(scholen.get(user, id)));
        model.addAttribute("id", id);
        addOptions(user, model);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") SchoolInput form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.REGISTER_MANAGE);
        model.addAttribute("id", id);
        if (binding.hasErrors()) {
            addOptions(user, model);
            return FORM;
        }
        try {
            scholen.update(user, id, form);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            FormErrors.reject(binding, e);
            addOptions(user, model);
            return FORM;
        }
        redirect.addFlashAttribute("message", "register.saved");
        return LIST;
    }

    private void addOptions(CurrentUser user, Model model) {
        addOptions(model, besturen.list(user), werkgebieden.list(user), gemeenten.list(user));
    }

    /** Choices shared by the filter and the form. */
    private void addOptions(Model model, List<Bestuur> b, List<Werkgebied> w, List<Gemeente> g) {
        model.addAttribute("soortOptions", Arrays.stream(SchoolSoort.values())
                .map(s -> new Option(s.name(), text("school.soort." + s.name()))).toList());
        model.addAttribute("clusterOptions", List.of(new Option("3", text("school.cluster.3")),
                new Option("4", text("school.cluster.4"))));
        model.addAttribute("bestuurOptions", b.stream().map(x -> new Option(x.id().toString(), x.naam())).toList());
        model.addAttribute("werkgebiedOptions", w.stream().map(x -> new Option(x.id().toString(), x.naam())).toList());
        model.addAttribute("gemeenteOptions", g.stream().map(x -> new Option(x.id().toString(), x.naam())).toList());
    }

    private static <T> Map<UUID, String> names(List<T> items, Function<T, UUID> id, Function<T, String> naam) {
        return items.stream().collect(Collectors.toMap(id, naam));
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
