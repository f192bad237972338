package nl.passend.arrangement.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import nl.passend.arrangement.Ondersteuningsaanvraag;
import nl.passend.arrangement.OndersteuningsaanvraagService;
import nl.passend.arrangement.OndersteuningsaanvraagStatus;
import nl.passend.arrangement.OndersteuningsRoute;
import nl.passend.dossier.Leerling;
import nl.passend.dossier.LeerlingService;
import nl.passend.organisation.SchoolService;
import nl.passend.shared.PassendException;
import nl.passend.shared.security.CurrentUser;
import nl.passend.shared.security.CurrentUsers;
import nl.passend.shared.security.Permission;
import nl.passend.shared.security.Role;
import nl.passend.shared.security.RoleGrant;
import nl.passend.shared.security.ScopeType;
import nl.passend.shared.web.FormErrors;
import nl.passend.shared.web.Option;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of aanvragen extra ondersteuning (with each one's next step), a new aanvraag, and the aanvraag page. */
@Controller
class OndersteuningsaanvraagController {

    private final OndersteuningsaanvraagService aanvragen;
    private final LeerlingService leerlingen;
    private final SchoolService scholen;
    private final AanvraagPage page;

    OndersteuningsaanvraagController(OndersteuningsaanvraagService aanvragen, LeerlingService leerlingen,
                                     SchoolService scholen, AanvraagPage page) {
        this.aanvragen = aanvragen;
        this.leerlingen = leerlingen;
        this.scholen = scholen;
        this.page = page;
    }

    @GetMapping("/aanvragen")
    String list(@RequestParam(required = false) OndersteuningsaanvraagStatus status, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        List<Ondersteuningsaanvraag> rows = aanvragen.list(user, status, null);
        model.addAttribute("aanvragen", rows);
        model.addAttribute("status", status == null ? "" : status.name());
        model.addAttribute("statusOptions", page.options("arrangement.status.", OndersteuningsaanvraagStatus.values()));
        model.addAttribute("canFile", user.can(Permission.AANVRAAG_FILE));
        // the rows where this user has the next act come first in a list of their own
        List<Ondersteuningsaanvraag> mine = rows.stream()
                .filter(a -> AanvraagPage.actions(user, a, false).any()).toList();
        model.addAttribute("mine", mine);
        model.addAttribute("ouder", user.holdsOnly(Role.OUDER));
        return "arrangement/aanvragen";
    }

    @GetMapping("/aanvragen/nieuw")
    String nieuw(@RequestParam(required = false) UUID leerling, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.AANVRAAG_FILE);
        AanvraagForms.NieuwForm form = new AanvraagForms.NieuwForm();
        if (leerling != null) {
            Leerling l = leerlingen.find(user, leerling);
            form.setLeerlingId(l.id());
            form.setSchoolId(l.schoolId());
        }
        List<UUID> schools = schools(user);
        if (form.getSchoolId() == null && schools.size() == 1) {
            form.setSchoolId(schools.get(0));
        }
        model.addAttribute("form", form);
        return showNieuw(model, user);
    }

    @PostMapping("/aanvragen/nieuw")
    String create(@ModelAttribute("form") AanvraagForms.NieuwForm form, BindingResult binding, Model model,
                  RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        if (binding.hasErrors()) {
            return showNieuw(model, user);
        }
        try {
            Ondersteuningsaanvraag a = aanvragen.createConcept(user, form.toInput());
            redirect.addFlashAttribute("message", "arrangement.flash.concept");
            return "redirect:/aanvragen/" + a.id();
        } catch (PassendException.RuleViolation | PassendException.Forbidden e) {
            FormErrors.reject(binding, e);
            return showNieuw(model, user);
        }
    }

    @GetMapping("/aanvragen/{id}")
    String show(@PathVariable UUID id, Model model) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        return page.render(model, user, id);
    }

    /** The concept in a form, to change it before filing; past the concept (or not the school's) back to the page. */
    @GetMapping("/aanvragen/{id}/bewerken")
    String bewerk(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        user.require(Permission.AANVRAAG_FILE);
        Ondersteuningsaanvraag a = aanvragen.get(user, id);
        if (!AanvraagPage.actions(user, a, false).edit()) {
            redirect.addFlashAttribute("error", "error." + a.status().code());
            return "redirect:/aanvragen/" + id;
        }
        model.addAttribute("form", AanvraagForms.BewerkForm.of(a));
        return showBewerk(model, user, a);
    }

    @PostMapping("/aanvragen/{id}/bewerken")
    String update(@PathVariable UUID id, @ModelAttribute("form") AanvraagForms.BewerkForm form, BindingResult binding,
                  Model model, RedirectAttributes redirect) {
        CurrentUser user = CurrentUsers.find().orElseThrow();
        Ondersteuningsaanvraag a = aanvragen.get(user, id);
        if (binding.hasErrors()) {
            return showBewerk(model, user, a);
        }
        try {
            aanvragen.updateConcept(user, id, form.toInput(a), form.getVersion());
            redirect.addFlashAttribute("message", "arrangement.flash.bewerkt");
            return "redirect:/aanvragen/" + id;
        } catch (PassendException.RuleViolation | PassendException.Forbidden e) {
            FormErrors.reject(binding, e);
            return showBewerk(model, user, a);
        } catch (PassendException.Conflict e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/aanvragen/" + id;
        }
    }

    private String showBewerk(Model model, CurrentUser user, Ondersteuningsaanvraag a) {
        model.addAttribute("a", a);
        addFormOptions(model, user);
        return "arrangement/aanvraag-bewerken";
    }

    private String showNieuw(Model model, CurrentUser user) {
        addFormOptions(model, user);
        return "arrangement/aanvraag-nieuw";
    }

    private void addFormOptions(Model model, CurrentUser user) {
        List<Option> schoolOptions = new ArrayList<>();
        List<Option> pupilOptions = new ArrayList<>();
        DateTimeFormatter dmy = DateTimeFormatter.ofPattern("d-M-yyyy");
        for (UUID schoolId : schools(user)) {
            schoolOptions.add(new Option(schoolId.toString(), scholen.get(user, schoolId).naam()));
            for (Leerling l : leerlingen.search(user, null, null, schoolId)) {
                pupilOptions.add(new Option(l.id().toString(), l.volledigeNaam() + " (" + dmy.format(l.geboortedatum()) + ")"));
            }
        }
        model.addAttribute("schoolOptions", schoolOptions);
        model.addAttribute("pupilOptions", pupilOptions);
        model.addAttribute("routeOptions", page.options("arrangement.route.", OndersteuningsRoute.values()));
        model.addAttribute("voorOptions", page.options("arrangement.voor.", AanvraagForms.Voor.values()));
    }

    /** The schools this user files for (IB, schoolleider). */
    private static List<UUID> schools(CurrentUser user) {
        return user.grants().stream().filter(g -> g.role().grants(Permission.AANVRAAG_FILE)
                        && g.role().scope() == ScopeType.SCHOOL).map(RoleGrant::scopeId).distinct().toList();
    }

}
