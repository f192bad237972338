package nl.passend.groeidocument.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import nl.passend.dossier.LeerlingService;
import nl.passend.groeidocument.Opp;
import nl.passend.groeidocument.OppService;
import nl.passend.groeidocument.ToestemmingOnderwerp;
import nl.passend.groeidocument.ToestemmingService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The OPP screen: content and state, what to do next (get the parents' instemming, set the handelingsdeel,
 * evaluate), versions and evaluations. The school records an instemming given on paper here; parents
 * give theirs on their consent page.
 */
@Controller
class OppController {

    private final LeerlingService leerlingen;
    private final OppService opps;
    private final ToestemmingService toestemmingen;
    private final Clock clock;

    OppController(LeerlingService leerlingen, OppService opps, ToestemmingService toestemmingen, Clock clock) {
        this.leerlingen = leerlingen;
        this.opps = opps;
        this.toestemmingen = toestemmingen;
        this.clock = clock;
    }

    private static CurrentUser user() {
        return CurrentUsers.find().orElseThrow();
    }

    @GetMapping("/leerlingen/{id}/opp")
    String show(@PathVariable UUID id, Model model) {
        return render(model, user(), id, null, null, null);
    }

    @PostMapping("/leerlingen/{id}/opp")
    String save(@PathVariable UUID id, @Valid @ModelAttribute("form") OppForm form, BindingResult binding, Model model,
                RedirectAttributes redirect) {
        CurrentUser user = user();
        if (!binding.hasErrors()) {
            try {
                Optional<Opp> current = opps.current(user, id);
                if (current.isEmpty()) {
                    opps.create(user, id, form.toInput());
                } else {
                    opps.update(user, current.get().id(),  form.toInput(),
                            form.getVersion() == null ? -1 : form.getVersion());
                }
                redirect.addFlashAttribute("message", "opp.saved");
                return "redirect:/leerlingen/" + id + "/opp";
            } catch (PassendException.Conflict | PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        return render(model, user, id, form, null, null);
    }

    @PostMapping("/leerlingen/{id}/opp/vaststellen")
    String vaststellen(@PathVariable UUID id, @RequestParam int version, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        Opp opp = opps.current(user, id).orElseThrow(() -> new PassendException.NotFound("opp-not-found"));
        try {
            opps.vaststellenHandelingsdeel(user, opp.id(), version);
        } catch (PassendException.Conflict | PassendException.RuleViolation e) {
            model.addAttribute("actionError", e);
            return render(model, user, id, null, null, null);
        }
        redirect.addFlashAttribute("message", "opp.vastgesteld");
        return "redirect:/leerlingen/" + id + "/opp";
    }

    @PostMapping("/leerlingen/{id}/opp/evaluaties")
    String evaluatie(@PathVariable UUID id, @Valid @ModelAttribute("evaluatieForm") EvaluatieForm form,
                     BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        if (!binding.hasErrors()) {
            try {
                Opp opp = opps.current(user, id).orElseThrow(() -> new PassendException.NotFound("opp-not-found"));
                opps.addEvaluatie(user, opp.id(), form.toInput());
                redirect.addFlashAttribute("message", "opp.evaluatie.recorded");
                return "redirect:/leerlingen/" + id + "/opp";
            } catch (PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        return render(model, user, id, null, form, null);
    }

    /** The school records the parents' instemming (or refusal) given on paper. */
    @PostMapping("/leerlingen/{id}/opp/instemming")
    String instemming(@PathVariable UUID id, @Valid @ModelAttribute("toestemmingForm") ToestemmingForm form,
                      BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = user();
        if (!binding.hasErrors()) {
            try {
                Opp opp = opps.current(user, id).orElseThrow(() -> new PassendException.NotFound("opp-not-found"));
                form.setOnderwerp(ToestemmingOnderwerp.OPP_HANDELINGSDEEL);
                form.setOnderwerpId(opp.id());
                form.setOntvanger(null);
                toestemmingen.record(user, form.toInput(id));
                redirect.addFlashAttribute("message", "toestemming.recorded");
                return "redirect:/leerlingen/" + id + "/opp";
            } catch (PassendException.RuleViolation e) {
                FormErrors.reject(binding, e);
            }
        }
        return render(model, user, id, null, null, form);
    }

    private String render(Model model, CurrentUser user, UUID id, OppForm form, EvaluatieForm evaluatie,
                          ToestemmingForm instemming) {
        model.addAttribute("l", leerlingen.find(user, id));
        Optional<Opp> opp = opps.current(user, id);
        model.addAttribute("opp", opp.orElse(null));
        model.addAttribute("versions", opp.map(o -> opps.versions(user, o.id())).orElse(List.of()));
        boolean canManage = user.can(Permission.GROEIDOCUMENT_MANAGE);
        model.addAttribute("canManage", canManage);
        model.addAttribute("canGiveConsent", user.can(Permission.TOESTEMMING_GEVEN));
        boolean instemmingGeldig = opp.map(o -> o.instemming() != null && o.instemming().gegeven()).orElse(false);
        model.addAttribute("instemmingGegeven", instemmingGeldig);
        model.addAttribute("canVaststellen", canManage && opp.map(o -> o.status().name().equals("CONCEPT")).orElse(false));
        model.addAttribute("canEvalueren", canManage && opp.map(o -> o.status().name().equals("VASTGESTELD")).orElse(false));
        if (form == null) {
            form = opp.map(OppForm::of).orElseGet(OppForm::new);
        }
        model.addAttribute("form", form);
        if (evaluatie == null) {
            evaluatie = new EvaluatieForm();
            evaluatie.setDatum(LocalDate.now(clock));
            evaluatie.setMetOuders(true);
        }
        model.addAttribute("evaluatieForm", evaluatie);
        if (instemming == null) {
            instemming = new ToestemmingForm();
            instemming.setOnderwerp(ToestemmingOnderwerp.OPP_HANDELINGSDEEL);
            instemming.setGegeven(true);
            instemming.setOp(LocalDate.now(clock));
        }
        model.addAttribute("toestemmingForm", instemming);
        return "groeidocument/opp";
    }
}
